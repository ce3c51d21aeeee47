package io.imageedit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Formats records on the caller's thread and writes them from one background thread in
 * batches, flushing when the queue runs dry. The stock ConsoleHandler writes and flushes
 * under a lock on every record: at tens of thousands of requests a second the event loops
 * queue up behind the terminal and tail latency explodes. Nothing is dropped: when the
 * queue is full the caller writes synchronously instead.
 */
final class AsyncLogHandler extends Handler {
  private static final int CAPACITY = 65_536;
  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Writer out;
  private final Thread writer;
  private volatile boolean closed;

  AsyncLogHandler(OutputStream stream) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    setFormatter(new SimpleFormatter());
    writer = new Thread(this::drainLoop, "log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    String line = getFormatter().format(record);
    if (closed || !queue.offer(line)) {
      writeNow(List.of(line));
    }
  }

  @Override
  public void flush() {
    List<String> batch = new ArrayList<>();
    queue.drainTo(batch);
    writeNow(batch);
  }

  @Override
  public void close() {
    closed = true;
    writer.interrupt();
    try {
      // Let a batch already taken from the queue reach the stream before the rest.
      writer.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }

  private void drainLoop() {
    List<String> batch = new ArrayList<>(1024);
    while (!closed) {
      try {
        String first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 4095);
        writeNow(batch);
        batch.clear();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void writeNow(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    synchronized (out) {
      try {
        for (String line : lines) {
          out.write(line);
        }
        if (queue.isEmpty()) {
          out.flush();
        }
      } catch (IOException e) {
        reportError("cannot write log", e, java.util.logging.ErrorManager.WRITE_FAILURE);
      }
    }
  }
}
