package io.imageedit.image;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The address policy refuses every non-public range and reads numeric host forms")
class AddressPolicyTest {

  @Test
  @DisplayName("loopback, private, link-local, CGNAT, multicast, unspecified and IPv6 local ranges are private")
  void privateRanges() throws Exception {
    for (String a : new String[] {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1",
        "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.1.1",
        "224.0.0.1", "239.1.1.1", "0.0.0.0", "255.255.255.255", "198.18.0.1", "192.0.2.7",
        "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
        "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "::127.0.0.1"}) {
      assertNotNull(AddressPolicy.privateReason(InetAddress.getByName(a)), a);
    }
  }

  @Test
  @DisplayName("ordinary public addresses pass")
  void publicAddresses() throws Exception {
    for (String a : new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1",
        "2606:4700:4700::1111", "::ffff:8.8.8.8"}) {
      assertNull(AddressPolicy.privateReason(InetAddress.getByName(a)), a);
    }
  }

  @Test
  @DisplayName("decimal, hex, octal and short numeric hosts are read as the IPv4 address browsers use")
  void numericForms() {
    assertEquals("127.0.0.1", ip("2130706433"));
    assertEquals("127.0.0.1", ip("0x7f000001"));
    assertEquals("127.0.0.1", ip("0x7f.1"));
    assertEquals("127.0.0.1", ip("0177.0.0.1"));
    assertEquals("127.0.0.1", ip("127.1"));
    assertEquals("169.254.169.254", ip("0xa9.0xfe.0xa9.0xfe"));
    assertEquals("10.0.0.1", ip("012.0.0.01"));
    assertNull(AddressPolicy.parseNumericIPv4("example.com"));
    assertNull(AddressPolicy.parseNumericIPv4("1.2.3.4.5"));
    assertNull(AddressPolicy.parseNumericIPv4("256.1.1.1"));
  }

  private static String ip(String host) {
    return AddressPolicy.parseNumericIPv4(host).getHostAddress();
  }
}
