package io.imageedit.mcp;

import java.util.List;

/** The protocol revisions this server speaks, newest first. */
public final class ProtocolVersions {
  /** The stateless revision (per-request _meta envelope, no sessions). */
  public static final String MODERN = "2026-07-28";
  /** The newest session-based revision; the answer to a legacy initialize asking for anything newer. */
  public static final String LATEST_LEGACY = "2025-11-25";
  /** Assumed when a legacy request has no MCP-Protocol-Version header (as the spec allows). */
  public static final String DEFAULT_LEGACY = "2025-03-26";
  public static final List<String> LEGACY = List.of("2025-11-25", "2025-06-18", "2025-03-26");
  /** server/discover supportedVersions and the -32022 "supported" list: one list, kept identical. */
  public static final List<String> ALL = List.of(MODERN, "2025-11-25", "2025-06-18", "2025-03-26");

  private ProtocolVersions() {
  }

  public static boolean isLegacy(String version) {
    return LEGACY.contains(version);
  }

  public static boolean isSupported(String version) {
    return ALL.contains(version);
  }

  /** True for dated versions at or after the modern revision (string order is date order). */
  public static boolean isModernOrLater(String version) {
    return version != null && version.matches("\\d{4}-\\d{2}-\\d{2}") && version.compareTo(MODERN) >= 0;
  }
}
