package io.rasd.beam.shuffle;

import java.io.Serializable;

/** A small corpus-wide index built from partial indexes: merging folds another partial into this one. */
public interface Mergeable<T extends Mergeable<T>> extends Serializable {
  /** Folds {@code other} into this index (never mutating {@code other}) and returns this. */
  T mergeFrom(T other);

  /** The index once every partial is merged in (what the side input holds): by default this one as it is. */
  @SuppressWarnings("unchecked")
  default T completed() {
    return (T) this;
  }
}
