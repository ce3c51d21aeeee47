package io.imageedit.mcp;

import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcMessage;
import io.imageedit.mcp.schema.SchemaValidator;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers MCP requests from the registry. Knows nothing of HTTP, sessions or streams: the
 * transport hands it a decoded request, the client's state and a {@link CallContext}, and
 * gets back the complete JSON-RPC response. Errors are mapped here and only here.
 */
public final class McpDispatcher {
  private static final System.Logger LOG = System.getLogger(McpDispatcher.class.getName());
  /** Freshness hint for list results: the registry is fixed after start-up. */
  static final long LIST_TTL_MS = 60_000;
  private static final int MAX_COMPLETIONS = 100;

  private final McpRegistry registry;

  public McpDispatcher(McpRegistry registry) {
    this.registry = registry;
  }

  /** The JSON-RPC response to {@code request}; never a failed future. */
  public Future<JsonObject> handle(JsonRpcMessage request, ClientState client, CallContext context) {
    Future<JsonObject> result;
    try {
      result = dispatch(request.method(), request.params(), client, context);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    return result
        .recover(err -> err instanceof InputRequiredException input && allowsInputRequired(request.method())
            ? Future.succeededFuture(inputRequired(input))
            : Future.failedFuture(err))
        .map(r -> JsonRpc.result(request.id(), client.isModern() ? modernResult(request.method(), r) : r))
        .recover(err -> Future.succeededFuture(errorResponse(request, err)));
  }

  private static JsonObject inputRequired(InputRequiredException input) {
    JsonObject result = new JsonObject().put("resultType", "input_required")
        .put("inputRequests", input.inputRequests());
    if (input.requestState() != null) {
      result.put("requestState", input.requestState());
    }
    return result;
  }

  /** MRTR: only these requests may answer input_required. */
  private static boolean allowsInputRequired(String method) {
    return method.equals("tools/call") || method.equals("prompts/get")
        || method.equals("resources/read");
  }

  private Future<JsonObject> dispatch(String method, JsonObject params, ClientState client,
      CallContext context) {
    return switch (method) {
      case "initialize" -> Future.succeededFuture(initialize(params, client));
      case "ping" -> Future.succeededFuture(new JsonObject());
      case "server/discover" -> Future.succeededFuture(discover());
      case "tools/list" -> Future.succeededFuture(Pagination.page(List.copyOf(registry.tools()),
          params, "tools", Tool::descriptor));
      case "tools/call" -> callTool(params, context);
      case "resources/list" -> Future.succeededFuture(Pagination.page(
          List.copyOf(registry.resources()), params, "resources", McpDispatcher::resourceDescriptor));
      case "resources/templates/list" -> Future.succeededFuture(Pagination.page(
          List.copyOf(registry.resourceTemplates()), params, "resourceTemplates",
          McpDispatcher::templateDescriptor));
      case "resources/read" -> readResource(params, client, context);
      case "resources/subscribe" -> {
        client.subscriptions().add(requiredString(params, "uri"));
        yield Future.succeededFuture(new JsonObject());
      }
      case "resources/unsubscribe" -> {
        client.subscriptions().remove(requiredString(params, "uri"));
        yield Future.succeededFuture(new JsonObject());
      }
      case "prompts/list" -> Future.succeededFuture(Pagination.page(List.copyOf(registry.prompts()),
          params, "prompts", McpDispatcher::promptDescriptor));
      case "prompts/get" -> getPrompt(params, context);
      case "completion/complete" -> complete(params);
      case "logging/setLevel" -> Future.succeededFuture(setLevel(params, client));
      default -> Future.failedFuture(new McpError(JsonRpc.METHOD_NOT_FOUND,
          "Method not found: " + method));
    };
  }

  private JsonObject initialize(JsonObject params, ClientState client) {
    String requested = params.getValue("protocolVersion") instanceof String s ? s : null;
    String version = ProtocolVersions.isLegacy(requested) ? requested : ProtocolVersions.LATEST_LEGACY;
    client.protocolVersion(version);
    client.capabilities(params.getJsonObject("capabilities"));
    client.clientInfo(params.getJsonObject("clientInfo"));
    return new JsonObject()
        .put("protocolVersion", version)
        .put("capabilities", ServerIdentity.capabilities())
        .put("serverInfo", ServerIdentity.serverInfo())
        .put("instructions", ServerIdentity.INSTRUCTIONS);
  }

  private JsonObject discover() {
    return new JsonObject()
        .put("supportedVersions", new JsonArray(ProtocolVersions.ALL))
        .put("capabilities", ServerIdentity.modernCapabilities())
        .put("instructions", ServerIdentity.INSTRUCTIONS)
        .put("ttlMs", LIST_TTL_MS)
        .put("cacheScope", "public");
  }

  private Future<JsonObject> callTool(JsonObject params, CallContext context) {
    String name = requiredString(params, "name");
    Tool tool = registry.tool(name).orElseThrow(() -> new McpError(JsonRpc.INVALID_PARAMS,
        "Unknown tool: " + name + " (tools/list names the available tools)"));
    JsonObject arguments = arguments(params, "tools/call");
    // Input validation failures are tool execution errors (2025-11-25, SEP-1303): the model
    // reads the message and can correct its call.
    Optional<String> invalid = SchemaValidator.validate(tool.inputSchema(), arguments);
    if (invalid.isPresent()) {
      return Future.succeededFuture(ToolResult.error("Invalid arguments for " + name + ": "
          + invalid.get()).toJson());
    }
    Future<ToolResult> called;
    try {
      called = tool.handler().call(arguments, context);
    } catch (RuntimeException e) {
      called = Future.failedFuture(e);
    }
    if (called == null) {
      called = Future.failedFuture(new IllegalStateException("tool " + name + " returned no future"));
    }
    return called
        .map(ToolResult::toJson)
        .recover(err -> err instanceof ToolException
            ? Future.succeededFuture(ToolResult.error(err.getMessage()).toJson())
            : Future.failedFuture(err));
  }

  private Future<JsonObject> readResource(JsonObject params, ClientState client, CallContext context) {
    String uri = requiredString(params, "uri");
    Optional<Resource> resource = registry.resource(uri);
    if (resource.isPresent()) {
      return resource.get().reader().apply(context).map(contents -> new JsonObject().put("contents", contents));
    }
    for (ResourceTemplate template : registry.resourceTemplates()) {
      if (matches(template.uriTemplate(), uri)) {
        return template.reader().apply(uri, context)
            .map(contents -> new JsonObject().put("contents", contents));
      }
    }
    // -32602 with data.uri (SEP-2164, the code of 2026-07-28; conformance checks it for all).
    throw new McpError(JsonRpc.INVALID_PARAMS, "Resource not found: " + uri,
        new JsonObject().put("uri", uri));
  }

  /** RFC 6570 level-1 match: each {var} stands for one or more characters other than '/'. */
  static boolean matches(String uriTemplate, String uri) {
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{[^}]*}").matcher(uriTemplate);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(uriTemplate.substring(last, m.start()))).append("[^/]+");
      last = m.end();
    }
    regex.append(Pattern.quote(uriTemplate.substring(last)));
    return uri.matches(regex.toString());
  }

  private Future<JsonObject> getPrompt(JsonObject params, CallContext context) {
    String name = requiredString(params, "name");
    Prompt prompt = registry.prompt(name).orElseThrow(() -> new McpError(JsonRpc.INVALID_PARAMS,
        "Unknown prompt: " + name + " (prompts/list names the available prompts)"));
    JsonObject arguments = arguments(params, "prompts/get");
    if (prompt.arguments() != null) {
      for (Object declared : prompt.arguments()) {
        if (declared instanceof JsonObject arg && arg.getBoolean("required", false)
            && arguments.getValue(arg.getString("name")) == null) {
          throw new McpError(JsonRpc.INVALID_PARAMS, "prompt " + name
              + " needs argument '" + arg.getString("name") + "'");
        }
      }
    }
    return prompt.renderer().apply(arguments, context);
  }

  private Future<JsonObject> complete(JsonObject params) {
    JsonObject ref = params.getJsonObject("ref");
    JsonObject argument = params.getJsonObject("argument");
    if (ref == null || argument == null || !(argument.getValue("name") instanceof String)) {
      throw new McpError(JsonRpc.INVALID_PARAMS,
          "completion/complete needs \"ref\" and \"argument\" {name, value}");
    }
    String type = ref.getString("type", "");
    Optional<ArgumentCompleter> completer;
    if (type.equals("ref/prompt")) {
      String name = ref.getString("name");
      if (name == null || registry.prompt(name).isEmpty()) {
        throw new McpError(JsonRpc.INVALID_PARAMS, "Unknown prompt: " + name);
      }
      completer = registry.promptCompleter(name);
    } else if (type.equals("ref/resource")) {
      String uri = ref.getString("uri");
      boolean known = uri != null && (registry.resource(uri).isPresent()
          || registry.resourceTemplates().stream().anyMatch(t -> t.uriTemplate().equals(uri)));
      if (!known) {
        throw new McpError(JsonRpc.INVALID_PARAMS, "Unknown resource or template: " + uri);
      }
      completer = registry.resourceTemplateCompleter(uri);
    } else {
      throw new McpError(JsonRpc.INVALID_PARAMS,
          "completion ref.type must be \"ref/prompt\" or \"ref/resource\", got \"" + type + "\"");
    }
    if (completer.isEmpty()) {
      return Future.succeededFuture(completion(List.of()));
    }
    Object value = argument.getValue("value");
    JsonObject context = params.getJsonObject("context", new JsonObject())
        .getJsonObject("arguments", new JsonObject());
    return completer.get().complete(argument.getString("name"),
        value instanceof String s ? s : "", context).map(McpDispatcher::completion);
  }

  private static JsonObject completion(List<String> values) {
    int shown = Math.min(values.size(), MAX_COMPLETIONS);
    return new JsonObject().put("completion", new JsonObject()
        .put("values", new JsonArray(new ArrayList<>(values.subList(0, shown))))
        .put("total", values.size())
        .put("hasMore", values.size() > shown));
  }

  private JsonObject setLevel(JsonObject params, ClientState client) {
    String name = requiredString(params, "level");
    LogLevel level = LogLevel.parse(name);
    if (level == null) {
      throw new McpError(JsonRpc.INVALID_PARAMS, "Invalid log level \"" + name
          + "\": use debug, info, notice, warning, error, critical, alert or emergency");
    }
    client.logLevel(level);
    return new JsonObject();
  }

  /** 2026-07-28: every result has resultType; cacheable ones carry ttlMs and cacheScope. */
  private static JsonObject modernResult(String method, JsonObject result) {
    if (!result.containsKey("resultType")) {
      result.put("resultType", "complete");
    }
    switch (method) {
      case "tools/list", "resources/list", "resources/templates/list", "prompts/list" -> {
        result.put("ttlMs", LIST_TTL_MS);
        result.put("cacheScope", "public");
      }
      case "resources/read" -> {
        result.put("ttlMs", 0L);
        result.put("cacheScope", "private");
      }
      default -> {
      }
    }
    JsonObject meta = result.getJsonObject("_meta", new JsonObject());
    meta.put("io.modelcontextprotocol/serverInfo", ServerIdentity.serverInfo());
    return result.put("_meta", meta);
  }

  private static JsonObject errorResponse(JsonRpcMessage request, Throwable err) {
    if (err instanceof McpError e) {
      return JsonRpc.error(request.id(), e.code(), e.getMessage(), e.data());
    }
    if (err instanceof ToolException e) {
      // A resource or prompt reader failing "for the model" is still a failed request.
      return JsonRpc.error(request.id(), JsonRpc.INVALID_PARAMS, e.getMessage(), null);
    }
    LOG.log(System.Logger.Level.ERROR, "internal error in " + request.method(), err);
    return JsonRpc.error(request.id(), JsonRpc.INTERNAL_ERROR,
        "Internal error while handling " + request.method(), null);
  }

  /** params.arguments: absent means none; anything but an object is a protocol fault. */
  private static JsonObject arguments(JsonObject params, String method) {
    Object raw = params.getValue("arguments");
    if (raw == null) {
      return new JsonObject();
    }
    if (raw instanceof JsonObject object) {
      return object;
    }
    throw new McpError(JsonRpc.INVALID_PARAMS, method + " \"arguments\" must be an object");
  }

  private static String requiredString(JsonObject params, String key) {
    Object v = params.getValue(key);
    if (!(v instanceof String s) || s.isEmpty()) {
      throw new McpError(JsonRpc.INVALID_PARAMS, "params." + key + " must be a non-empty string");
    }
    return s;
  }

  static JsonObject resourceDescriptor(Resource r) {
    JsonObject json = new JsonObject().put("uri", r.uri()).put("name", r.name());
    putIfSet(json, "title", r.title());
    putIfSet(json, "description", r.description());
    putIfSet(json, "mimeType", r.mimeType());
    return json;
  }

  static JsonObject templateDescriptor(ResourceTemplate t) {
    JsonObject json = new JsonObject().put("uriTemplate", t.uriTemplate()).put("name", t.name());
    putIfSet(json, "description", t.description());
    putIfSet(json, "mimeType", t.mimeType());
    return json;
  }

  static JsonObject promptDescriptor(Prompt p) {
    JsonObject json = new JsonObject().put("name", p.name());
    putIfSet(json, "title", p.title());
    putIfSet(json, "description", p.description());
    if (p.arguments() != null) {
      json.put("arguments", p.arguments());
    }
    return json;
  }

  private static void putIfSet(JsonObject json, String key, String value) {
    if (value != null) {
      json.put(key, value);
    }
  }

}
