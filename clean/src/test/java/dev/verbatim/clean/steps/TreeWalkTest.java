package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/** The read-only walk visits the nodes Jsoup's walk visits, in the same order, at the same depths. */
class TreeWalkTest {

    @Test
    void visitsAsJsoupDoesOnRandomAndDeepTrees() {
        Random random = new Random(41);
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "text ", "<br>", "<!-- c -->", "<span>", "</span>",
            "<script>var a = '<b>';</script>", "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>"};
        for (int round = 0; round < 300; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            if (round % 50 == 0) {
                html.append("<div>".repeat(100)).append("deep").append("</div>".repeat(100)); // past the path's first size
            }
            Document doc = Jsoup.parse(html.toString());

            assertThat(visits(v -> TreeWalk.walk(doc, v))).as(html.toString()).isEqualTo(visits(v -> NodeTraversor.traverse(v, doc)));
        }
    }

    @Test
    void aLeafAloneIsVisitedOnce() {
        Node text = Jsoup.parse("<p>x</p>").selectFirst("p").childNode(0);

        assertThat(visits(v -> TreeWalk.walk(text, v))).hasSize(2).allMatch(s -> s.contains("#text 0"));
    }

    private static List<String> visits(java.util.function.Consumer<NodeVisitor> walk) {
        List<String> out = new ArrayList<>();
        walk.accept(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                out.add("head " + node.nodeName() + " " + depth + " " + System.identityHashCode(node));
            }

            @Override
            public void tail(Node node, int depth) {
                out.add("tail " + node.nodeName() + " " + depth + " " + System.identityHashCode(node));
            }
        });
        return out;
    }
}
