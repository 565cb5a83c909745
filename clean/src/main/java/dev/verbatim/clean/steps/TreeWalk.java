package dev.verbatim.clean.steps;

import java.util.Arrays;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * A depth-first walk for visitors that only read the tree, calling {@code head} and {@code tail}
 * exactly as {@link org.jsoup.select.NodeTraversor#traverse(NodeVisitor, Node)} does. It keeps the
 * path as arrays of nodes and child positions instead of asking each node for its next sibling and
 * checking that the visitor left it in place, which Jsoup's walk does for visitors that change the
 * tree. A visitor must not add, remove or move nodes.
 *
 * <p>Stateless and thread-safe.
 */
final class TreeWalk {

    private TreeWalk() {}

    /** Visits {@code root} and every node under it, in document order. */
    static void walk(Node root, NodeVisitor visitor) {
        Node[] path = new Node[32];
        int[] next = new int[32];
        int depth = 0;
        path[0] = root;
        visitor.head(root, 0);
        while (depth >= 0) {
            Node parent = path[depth];
            int i = next[depth];
            if (i < parent.childNodeSize()) {
                next[depth] = i + 1;
                Node child = parent.childNode(i);
                visitor.head(child, depth + 1);
                if (child.childNodeSize() > 0) {
                    depth++;
                    if (depth == path.length) {
                        path = Arrays.copyOf(path, depth * 2);
                        next = Arrays.copyOf(next, depth * 2);
                    }
                    path[depth] = child;
                    next[depth] = 0;
                } else {
                    visitor.tail(child, depth + 1);
                }
            } else {
                visitor.tail(parent, depth);
                path[depth] = null;
                depth--;
            }
        }
    }
}
