package io.imageedit.mcp;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the server offers: tools, resources, templates and prompts. Filled once at start-up,
 * then only read (from every HTTP verticle instance), so no locking is needed after start.
 */
public final class McpRegistry {
  private final Map<String, Tool> tools = new LinkedHashMap<>();
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final Map<String, ResourceTemplate> templates = new LinkedHashMap<>();
  private final Map<String, Prompt> prompts = new LinkedHashMap<>();
  private final Map<String, ArgumentCompleter> promptCompleters = new LinkedHashMap<>();
  private final Map<String, ArgumentCompleter> templateCompleters = new LinkedHashMap<>();

  public McpRegistry addTool(Tool tool) {
    putUnique(tools, tool.name(), tool, "tool");
    return this;
  }

  public McpRegistry addResource(Resource resource) {
    putUnique(resources, resource.uri(), resource, "resource");
    return this;
  }

  public McpRegistry addResourceTemplate(ResourceTemplate template) {
    putUnique(templates, template.uriTemplate(), template, "resource template");
    return this;
  }

  public McpRegistry addPrompt(Prompt prompt) {
    putUnique(prompts, prompt.name(), prompt, "prompt");
    return this;
  }

  /** Completion for the arguments of a registered prompt (completion/complete, ref/prompt). */
  public McpRegistry addPromptCompleter(String promptName, ArgumentCompleter completer) {
    if (!prompts.containsKey(promptName)) {
      throw new IllegalStateException("completer for unknown prompt: " + promptName);
    }
    putUnique(promptCompleters, promptName, completer, "prompt completer");
    return this;
  }

  /** Completion for the variables of a registered URI template (completion/complete, ref/resource). */
  public McpRegistry addResourceTemplateCompleter(String uriTemplate, ArgumentCompleter completer) {
    if (!templates.containsKey(uriTemplate)) {
      throw new IllegalStateException("completer for unknown resource template: " + uriTemplate);
    }
    putUnique(templateCompleters, uriTemplate, completer, "resource template completer");
    return this;
  }

  public Optional<ArgumentCompleter> promptCompleter(String promptName) {
    return Optional.ofNullable(promptCompleters.get(promptName));
  }

  public Optional<ArgumentCompleter> resourceTemplateCompleter(String uriTemplate) {
    return Optional.ofNullable(templateCompleters.get(uriTemplate));
  }

  /** Whether to declare the "completions" capability. */
  public boolean hasCompleters() {
    return !promptCompleters.isEmpty() || !templateCompleters.isEmpty();
  }

  public Optional<Tool> tool(String name) {
    return Optional.ofNullable(tools.get(name));
  }

  public Collection<Tool> tools() {
    return Collections.unmodifiableCollection(tools.values());
  }

  public Optional<Resource> resource(String uri) {
    return Optional.ofNullable(resources.get(uri));
  }

  public Collection<Resource> resources() {
    return Collections.unmodifiableCollection(resources.values());
  }

  public Collection<ResourceTemplate> resourceTemplates() {
    return Collections.unmodifiableCollection(templates.values());
  }

  public Optional<Prompt> prompt(String name) {
    return Optional.ofNullable(prompts.get(name));
  }

  public Collection<Prompt> prompts() {
    return Collections.unmodifiableCollection(prompts.values());
  }

  private static <T> void putUnique(Map<String, T> map, String key, T value, String kind) {
    if (map.putIfAbsent(key, value) != null) {
      throw new IllegalStateException("duplicate " + kind + ": " + key);
    }
  }
}
