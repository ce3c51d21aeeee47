package io.imageedit.mcp.transport;

import io.imageedit.mcp.ProtocolVersions;
import io.imageedit.mcp.jsonrpc.JsonRpc;
import io.imageedit.mcp.jsonrpc.JsonRpcCodec;
import io.imageedit.mcp.jsonrpc.JsonRpcException;
import io.imageedit.mcp.jsonrpc.JsonRpcMessage;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The MCP endpoint: switches on the HTTP method, tells the two revisions apart (body first)
 * and hands the message to the matching transport.
 */
final class McpEndpoint {
  private final LegacyTransport legacy;
  private final ModernTransport modern;

  McpEndpoint(LegacyTransport legacy, ModernTransport modern) {
    this.legacy = legacy;
    this.modern = modern;
  }

  /** GET and DELETE have no body: the version header alone says whether they are modern. */
  void handleBodiless(RoutingContext ctx) {
    HttpMethod method = ctx.request().method();
    if (ProtocolVersions.isModernOrLater(ctx.request().getHeader(LegacyTransport.VERSION_HEADER))) {
      HttpReplies.methodNotAllowed(ctx.response(), "POST");
    } else if (method == HttpMethod.GET) {
      legacy.get(ctx);
    } else {
      legacy.delete(ctx);
    }
  }

  void handlePost(RoutingContext ctx) {
    String contentType = ctx.request().getHeader("Content-Type");
    if (contentType != null && !contentType.toLowerCase().contains("json")) {
      HttpReplies.error(ctx.response(), 415, null, JsonRpc.INVALID_REQUEST,
          "Unsupported Media Type: POST a JSON-RPC message with Content-Type: application/json");
      return;
    }
    String accept = ctx.request().getHeader("Accept");
    if (accept != null && !accept.contains("application/json") && !accept.contains("text/event-stream")
        && !accept.contains("*/*")) {
      HttpReplies.error(ctx.response(), 406, null, JsonRpc.INVALID_REQUEST,
          "Not Acceptable: send Accept: application/json, text/event-stream");
      return;
    }
    Buffer body = ctx.body().buffer();
    JsonRpcMessage message;
    try {
      message = JsonRpcCodec.decode(body == null ? Buffer.buffer() : body);
    } catch (JsonRpcException e) {
      HttpReplies.error(ctx.response(), 400, e.id(), e.code(), e.getMessage());
      return;
    }
    if (isModern(message)) {
      modern.post(ctx, message);
    } else if (!"initialize".equals(message.method()) && ProtocolVersions.isModernOrLater(
        ctx.request().getHeader(LegacyTransport.VERSION_HEADER))) {
      HttpReplies.error(ctx.response(), 400, message.id(), JsonRpc.INVALID_PARAMS,
          "Invalid params: MCP-Protocol-Version " + ctx.request().getHeader(LegacyTransport.VERSION_HEADER)
              + " requires params._meta[\"" + ModernTransport.META_VERSION + "\"] and \""
              + ModernTransport.META_CAPABILITIES + "\"");
    } else {
      legacy.post(ctx, message);
    }
  }

  private static boolean isModern(JsonRpcMessage message) {
    return message.meta() != null && message.meta().containsKey(ModernTransport.META_VERSION);
  }
}
