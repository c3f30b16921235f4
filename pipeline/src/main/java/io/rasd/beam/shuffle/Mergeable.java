package io.rasd.beam.shuffle;

import java.io.Serializable;

/** A small corpus-wide index built from partial indexes: merging folds another partial into this one. */
public interface Mergeable<T extends Mergeable<T>> extends Serializable {
  /** Folds {@code other} into this index (never mutating {@code other}) and returns this. */
  T mergeFrom(T other);
}
