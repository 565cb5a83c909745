# The image of Verbatim's stages (ingest, crawl, clean, sink, replay): the fat jar built from the
# sources here, so no jar has to exist beforehand, run on a JRE by a non-root user.
#   docker build -t verbatim:local .        (docker compose builds it as well; see docker-compose.yml)
#   docker run --rm verbatim:local --help

# --- build: Maven on the JDK the project targets ---------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The POMs alone first, so that the dependencies stay in a cached layer until a POM changes (best
# effort: go-offline cannot resolve the modules of this reactor, the package step below does).
COPY pom.xml ./
COPY model/pom.xml model/
COPY clean/pom.xml clean/
COPY ingest/pom.xml ingest/
COPY sink/pom.xml sink/
COPY app/pom.xml app/
RUN mvn -B -q -pl app -am dependency:go-offline || true
COPY . .
# Tests run in CI (mvn verify), not in the image build: -Dmaven.test.skip=true does not even compile them.
RUN mvn -B -q -Dmaven.test.skip=true -pl app -am package

# --- runtime: a JRE, the jar, a health probe, a user without privileges ----------------------------
FROM eclipse-temurin:17-jre AS runtime
RUN groupadd --system --gid 10001 verbatim \
    && useradd --system --uid 10001 --gid verbatim --home-dir /var/lib/verbatim --create-home verbatim \
    && mkdir -p /out && chown verbatim:verbatim /out
COPY --from=build /src/app/target/verbatim.jar /opt/verbatim/verbatim.jar
COPY docker/healthcheck /opt/verbatim/healthcheck
# JVM options: those of ./verbatim, with the heap following the container's memory limit (62 % of it:
# 635 MiB of 1 GiB, where ./verbatim's -Xmx640m measured a peak RSS of 917 MiB; RELIABILITY.md,
# "Memory"), and an OutOfMemoryError ends the process, so that the orchestrator restarts it rather
# than leaving a stage half alive.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=62 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=96m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2 \
    VERBATIM_METRICS_BIND=0.0.0.0 \
    VERBATIM_SINK_OUT_DIR=/out
# The working directory holds ./data (Kafka Streams' state directory; the topology keeps no state).
WORKDIR /var/lib/verbatim
USER verbatim
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /opt/verbatim/verbatim.jar \"$@\"", "verbatim"]
CMD ["--help"]
