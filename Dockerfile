# image-edit-mcp: multi-stage build of the fat jar, run on a slim JRE as a non-root user.
#
#   docker build -t image-edit-mcp:local .
#   docker buildx build --platform linux/amd64,linux/arm64 -t image-edit-mcp:local .
#
# Both base images are published for linux/amd64 and linux/arm64, so the same file builds
# for either (see DOCKER.md). scripts/ci-deploy.sh runs these same steps without Docker.

# ---- build stage: Maven + JDK 17 --------------------------------------------------------
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer: a code change does not download them again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY conf ./conf
COPY src ./src
# The same package command as README (tests run in CI, not in the image build).
RUN mvn -B package -DskipTests

# ---- run stage: JRE 17 only -------------------------------------------------------------
FROM eclipse-temurin:17.0.12_7-jre-jammy
RUN groupadd --system --gid 10001 app \
 && useradd --system --no-log-init --uid 10001 --gid app --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin app \
 && mkdir -p /app /data \
 && chown app:app /data
WORKDIR /app
COPY --from=build --chown=root:root /src/target/image-edit-mcp.jar /app/image-edit-mcp.jar

ENV MCP_HOST=0.0.0.0 \
    MCP_PORT=3000 \
    CACHE_DIR=/data
VOLUME /data
EXPOSE 3000
USER 10001:10001

# The JRE image has no curl or wget: bash's /dev/tcp sends one HTTP/1.0 request to
# /health and the check passes when the answer says "ok".
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MCP_PORT:-3000} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"ok\"' <&3"]

# Container-aware heap: 75% of the memory limit; exit (and be restarted) on OOM rather
# than limp on.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/image-edit-mcp.jar"]
