package io.imageedit.mcp.transport;

import io.imageedit.mcp.ClientState;
import io.imageedit.mcp.LogLevel;
import io.imageedit.mcp.McpRegistry;
import io.imageedit.mcp.ProtocolVersions;
import io.imageedit.mcp.Tool;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcMessage;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stateless revision (2026-07-28): every request carries its version and client
 * capabilities in params._meta, mirrored in headers that must agree with the body. No
 * session is ever minted; a stray Mcp-Session-Id is ignored.
 */
final class ModernTransport {
  static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
  static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
  static final String META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
  /** Methods of the session-based revisions that 2026-07-28 removed. */
  private static final Set<String> REMOVED = Set.of("initialize", "ping", "logging/setLevel",
      "resources/subscribe", "resources/unsubscribe");

  private final RequestRunner runner;
  private final McpRegistry registry;

  ModernTransport(RequestRunner runner, McpRegistry registry) {
    this.runner = runner;
    this.registry = registry;
  }

  void post(RoutingContext ctx, JsonRpcMessage message) {
    HttpServerRequest request = ctx.request();
    HttpServerResponse response = ctx.response();
    Object id = message.id();
    JsonObject meta = message.meta();
    Object version = meta.getValue(META_VERSION);
    if (!(version instanceof String requested)) {
      HttpReplies.error(response, 400, id, JsonRpc.INVALID_PARAMS,
          "Invalid params: _meta." + META_VERSION + " must be a string such as \""
              + ProtocolVersions.MODERN + "\"");
      return;
    }
    if (!(meta.getValue(META_CAPABILITIES) instanceof JsonObject capabilities)) {
      HttpReplies.error(response, 400, id, JsonRpc.INVALID_PARAMS,
          "Invalid params: _meta." + META_CAPABILITIES + " must be an object (use {} for none)");
      return;
    }
    // Headers first: a version that header and body disagree on is a mismatch, not a
    // version question.
    String mismatch = headerMismatch(request, message, requested);
    if (mismatch == null && "tools/call".equals(message.method())) {
      mismatch = paramHeaderMismatch(request, message.params());
    }
    if (mismatch != null) {
      HttpReplies.error(response, 400, id, JsonRpc.HEADER_MISMATCH, "Header mismatch: " + mismatch);
      return;
    }
    if (!ProtocolVersions.isSupported(requested)) {
      HttpReplies.error(response, 400, id, JsonRpc.UNSUPPORTED_PROTOCOL_VERSION,
          "Unsupported protocol version \"" + requested + "\"",
          new JsonObject().put("supported", new JsonArray(ProtocolVersions.ALL))
              .put("requested", requested));
      return;
    }
    if (!message.isRequest()) {
      // This revision defines no client notifications over HTTP; accept and ignore them.
      HttpReplies.empty(response, 202);
      return;
    }
    if (REMOVED.contains(message.method())) {
      HttpReplies.error(response, 404, id, JsonRpc.METHOD_NOT_FOUND, "Method not found: "
          + message.method() + " does not exist in protocol version " + requested);
      return;
    }
    Object levelName = meta.getValue(META_LOG_LEVEL);
    LogLevel level = levelName instanceof String s ? LogLevel.parse(s) : null;
    if (levelName != null && level == null) {
      HttpReplies.error(response, 400, id, JsonRpc.INVALID_PARAMS, "Invalid params: _meta."
          + META_LOG_LEVEL + " must be one of debug, info, notice, warning, error, critical,"
          + " alert, emergency");
      return;
    }
    Object info = meta.getValue(META_CLIENT_INFO);
    ClientState client = ClientState.modern(requested, capabilities,
        info instanceof JsonObject o ? o : null, level);
    runner.run(response, ctx.request().getHeader("Accept"), message, client, null);
  }

  /**
   * SEP-2243: a tool argument whose schema carries {@code x-mcp-header: H} is mirrored in
   * {@code Mcp-Param-H}; when the argument is present the header must be too, and agree.
   */
  private String paramHeaderMismatch(HttpServerRequest request, JsonObject params) {
    Object name = params.getValue("name");
    Object args = params.getValue("arguments");
    if (!(name instanceof String toolName) || !(args instanceof JsonObject arguments)) {
      return null;
    }
    Tool tool = registry.tool(toolName).orElse(null);
    if (tool == null || tool.inputSchema() == null) {
      return null;
    }
    Map<List<String>, String> mirrored = new LinkedHashMap<>();
    collectHeaderParams(tool.inputSchema(), new ArrayList<>(), mirrored);
    for (Map.Entry<List<String>, String> param : mirrored.entrySet()) {
      Object value = valueAt(arguments, param.getKey());
      String headerName = "Mcp-Param-" + param.getValue();
      String raw = request.getHeader(headerName);
      if (value == null) {
        continue;
      }
      String argument = String.join(".", param.getKey());
      if (raw == null) {
        return "the " + headerName + " header is required when argument '" + argument + "' is set";
      }
      String decoded = HeaderValues.isValidFieldValue(raw) ? HeaderValues.decode(raw) : null;
      if (decoded == null) {
        return headerName + " has invalid characters or malformed =?base64?...?= encoding";
      }
      if (!HeaderValues.matchesArgument(decoded, value)) {
        return headerName + " header value '" + decoded + "' does not match argument '" + argument
            + "' value '" + value + "'";
      }
    }
    return null;
  }

  /** Properties reachable through "properties" keys only, as SEP-2243 requires. */
  private static void collectHeaderParams(JsonObject schema, List<String> path,
      Map<List<String>, String> out) {
    Object properties = schema.getValue("properties");
    if (!(properties instanceof JsonObject props)) {
      return;
    }
    for (String key : props.fieldNames()) {
      if (props.getValue(key) instanceof JsonObject child) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(key);
        if (child.getValue("x-mcp-header") instanceof String header && !header.isEmpty()) {
          out.put(childPath, header);
        }
        collectHeaderParams(child, childPath, out);
      }
    }
  }

  private static Object valueAt(JsonObject arguments, List<String> path) {
    Object current = arguments;
    for (String key : path) {
      if (!(current instanceof JsonObject object)) {
        return null;
      }
      current = object.getValue(key);
    }
    return current;
  }

  /** What disagrees between headers and body, or null when they agree. */
  private static String headerMismatch(HttpServerRequest request, JsonRpcMessage message,
      String version) {
    String headerVersion = request.getHeader(LegacyTransport.VERSION_HEADER);
    if (headerVersion == null) {
      return "the MCP-Protocol-Version header is required and must equal _meta." + META_VERSION;
    }
    if (!headerVersion.equals(version)) {
      return "MCP-Protocol-Version header \"" + headerVersion + "\" does not match _meta."
          + META_VERSION + " \"" + version + "\"";
    }
    String method = request.getHeader("Mcp-Method");
    if (method == null) {
      return "the Mcp-Method header is required and must equal the body's method";
    }
    if (!method.equals(message.method())) {
      return "Mcp-Method header \"" + method + "\" does not match body method \""
          + message.method() + "\"";
    }
    String nameKey = switch (message.method()) {
      case "tools/call", "prompts/get" -> "name";
      case "resources/read" -> "uri";
      default -> null;
    };
    if (nameKey == null) {
      return null;
    }
    String rawName = request.getHeader("Mcp-Name");
    if (rawName == null) {
      return "the Mcp-Name header is required for " + message.method() + " and must equal params."
          + nameKey;
    }
    String name = HeaderValues.decode(rawName);
    if (name == null) {
      return "Mcp-Name header is not valid =?base64?...?= (base64 of UTF-8)";
    }
    Object bodyName = message.params().getValue(nameKey);
    if (!name.equals(bodyName)) {
      return "Mcp-Name header value '" + name + "' does not match body value '" + bodyName + "'";
    }
    return null;
  }
}
