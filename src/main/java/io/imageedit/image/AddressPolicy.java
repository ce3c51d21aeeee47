package io.imageedit.image;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Decides whether an address is a public internet destination. Everything else (loopback,
 * private, link-local and cloud metadata, CGNAT, multicast, unspecified, documentation and
 * benchmark ranges, IPv6 unique-local/link-local/site-local, and IPv4 embedded in IPv6) is
 * private and refused unless ALLOW_PRIVATE_URLS=true.
 */
public final class AddressPolicy {
  private AddressPolicy() {
  }

  /** Null when public, else a short reason ("loopback", "private network", ...). */
  public static String privateReason(InetAddress address) {
    if (address instanceof Inet4Address) {
      return v4Reason(address.getAddress());
    }
    byte[] a = address.getAddress();
    Inet6Address v6 = (Inet6Address) address;
    if (v6.isAnyLocalAddress()) {
      return "unspecified address";
    }
    if (v6.isLoopbackAddress()) {
      return "loopback";
    }
    if (v6.isLinkLocalAddress() || (a[0] & 0xFF) == 0xFE && (a[1] & 0xC0) == 0x80) {
      return "IPv6 link-local";
    }
    if (v6.isSiteLocalAddress()) {
      return "IPv6 site-local";
    }
    if ((a[0] & 0xFE) == 0xFC) {
      return "IPv6 unique-local (private)";
    }
    if (v6.isMulticastAddress()) {
      return "multicast";
    }
    if (isZero(a, 0, 10) && (a[10] & 0xFF) == 0xFF && (a[11] & 0xFF) == 0xFF) {
      return embedded(a, 12, "IPv4-mapped IPv6");
    }
    if (isZero(a, 0, 12)) {
      return embedded(a, 12, "IPv4-compatible IPv6");
    }
    if ((a[0] & 0xFF) == 0x00 && (a[1] & 0xFF) == 0x64 && (a[2] & 0xFF) == 0xFF
        && (a[3] & 0xFF) == 0x9B && isZero(a, 4, 12)) {
      return embedded(a, 12, "NAT64");
    }
    if ((a[0] & 0xFF) == 0x20 && (a[1] & 0xFF) == 0x02) {
      return embedded(a, 2, "6to4");
    }
    if ((a[0] & 0xFF) == 0x20 && (a[1] & 0xFF) == 0x01 && (a[2] & 0xFF) == 0x0D
        && (a[3] & 0xFF) == 0xB8) {
      return "IPv6 documentation range";
    }
    if ((a[0] & 0xFF) == 0x20 && (a[1] & 0xFF) == 0x01 && a[2] == 0 && a[3] == 0) {
      return "Teredo tunnel";
    }
    return null;
  }

  private static String embedded(byte[] a, int offset, String kind) {
    byte[] v4 = {a[offset], a[offset + 1], a[offset + 2], a[offset + 3]};
    String reason = v4Reason(v4);
    return reason == null ? null : kind + " of " + reason;
  }

  private static String v4Reason(byte[] b) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    int a2 = b[2] & 0xFF;
    if (a0 == 0) {
      return "unspecified address (0.0.0.0/8)";
    }
    if (a0 == 127) {
      return "loopback";
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return "private network";
    }
    if (a0 == 169 && a1 == 254) {
      return "link-local (cloud metadata)";
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return "carrier-grade NAT (100.64.0.0/10)";
    }
    if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
      return "reserved (192.0.0.0/24, 192.0.2.0/24)";
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) {
      return "benchmarking range (198.18.0.0/15)";
    }
    if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return "documentation range";
    }
    if (a0 >= 224 && a0 <= 239) {
      return "multicast";
    }
    if (a0 >= 240) {
      return "reserved or broadcast (240.0.0.0/4)";
    }
    return null;
  }

  private static boolean isZero(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses numeric IPv4 host forms the way browsers and inet_aton do: one to four parts, each
   * decimal, octal (leading 0) or hex (0x): "2130706433", "0x7f.1", "0177.0.0.1", "127.1".
   * Null when the host is not such a form.
   */
  public static InetAddress parseNumericIPv4(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (h.isEmpty() || !h.matches("[0-9a-fA-FxX.]+") || !Character.isDigit(h.charAt(0))) {
      return null;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length > 4) {
      return null;
    }
    long[] v = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Long n = parsePart(parts[i]);
      if (n == null) {
        return null;
      }
      v[i] = n;
    }
    long value = 0;
    for (int i = 0; i < v.length - 1; i++) {
      if (v[i] > 255) {
        return null;
      }
      value = value << 8 | v[i];
    }
    int lastBits = 8 * (5 - v.length);
    long last = v[v.length - 1];
    if (last >= 1L << lastBits) {
      return null;
    }
    value = value << lastBits | last;
    byte[] addr = {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    try {
      return InetAddress.getByAddress(host, addr);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static Long parsePart(String p) {
    try {
      if (p.isEmpty()) {
        return null;
      }
      if (p.startsWith("0x") || p.startsWith("0X")) {
        return p.length() == 2 ? 0L : Long.parseLong(p.substring(2), 16);
      }
      if (p.length() > 1 && p.startsWith("0")) {
        return Long.parseLong(p.substring(1), 8);
      }
      return Long.parseLong(p, 10);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
