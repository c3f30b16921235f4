package io.rasd.beam.run;

/** A run that must not publish (no article, a balance mismatch, a failed step): one line for the person on call. */
public final class RunFailedException extends RuntimeException {
  public RunFailedException(String message) {
    super(message);
  }

  public RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
