package io.rasd.core.limits;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task at a time on a worker thread of its own and gives up waiting after a timeout.
 *
 * <p>Java cannot stop a thread that is stuck in a regex or a model: on timeout the worker is interrupted and
 * abandoned (a daemon thread, so it never keeps the JVM alive) and the next task gets a new worker. Whatever state
 * the abandoned task was using (a non-thread-safe extractor) must be replaced by the caller: {@link Result#timedOut}
 * tells it so. The caller's own thread (a Beam DoFn thread) only waits, so the runner's threads are never lost.
 *
 * <p>One instance per caller thread: not thread-safe.
 */
public final class TimeBox implements AutoCloseable {
  private static final AtomicInteger WORKERS = new AtomicInteger();

  /** The task's value, or why there is none: {@code failure} (it threw) or {@code timedOut}. */
  public record Result<T>(T value, Throwable failure, boolean timedOut) {
    public boolean ok() {
      return failure == null && !timedOut;
    }
  }

  private final String name;
  private ExecutorService worker;

  public TimeBox(String name) {
    this.name = name;
  }

  public <T> Result<T> call(Callable<T> task, Duration timeout) throws InterruptedException {
    if (worker == null) {
      worker = newWorker();
    }
    Future<T> future = worker.submit(task);
    try {
      return new Result<>(future.get(timeout.toNanos(), TimeUnit.NANOSECONDS), null, false);
    } catch (ExecutionException e) {
      return new Result<>(null, e.getCause(), false);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = null; // abandoned: the stuck task keeps its thread until it ends by itself
      return new Result<>(null, null, true);
    } catch (InterruptedException e) {
      future.cancel(true); // the runner is cancelling us: stop the task too and let the interrupt through
      throw e;
    }
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name + "-" + WORKERS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
      worker = null;
    }
  }
}
