package io.imageedit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The background log writer loses no line and keeps each thread's order")
class AsyncLogHandlerTest {
  private static final Pattern RECORD = Pattern.compile("\\bt(\\d) n(\\d+)\\b");

  @Test
  @DisplayName("100,000 records from four threads all reach the stream by close, in order per thread")
  void everyLineArrives() throws Exception {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    AsyncLogHandler handler = new AsyncLogHandler(sink);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int id = t;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 25_000; i++) {
          handler.publish(new LogRecord(Level.INFO, "t" + id + " n" + i));
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    handler.close();

    String[] lines = sink.toString(StandardCharsets.UTF_8).split("\n");
    int[] next = new int[4];
    int count = 0;
    for (String line : lines) {
      Matcher m = RECORD.matcher(line);
      if (!m.find()) {
        continue;
      }
      int thread = Integer.parseInt(m.group(1));
      assertEquals(next[thread], Integer.parseInt(m.group(2)), "order of thread " + thread);
      next[thread]++;
      count++;
    }
    assertEquals(100_000, count);
  }

  @Test
  @DisplayName("records below the handler's level are not written")
  void respectsLevel() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    AsyncLogHandler handler = new AsyncLogHandler(sink);
    handler.setLevel(Level.WARNING);
    handler.publish(new LogRecord(Level.INFO, "quiet"));
    handler.publish(new LogRecord(Level.WARNING, "loud"));
    handler.close();
    String out = sink.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("loud") && !out.contains("quiet"), out);
  }
}
