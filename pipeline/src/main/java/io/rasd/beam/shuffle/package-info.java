/**
 * Beam plumbing whose only job is to keep a whole-corpus run cheap on the DirectRunner (the one-machine default) and
 * valid on Flink; nothing here knows what an article or a name is. The cost model, stated once:
 * <ul>
 *   <li><b>What a bundle costs.</b> The DirectRunner runs each step bundle by bundle and copies every value buffered
 *       in a grouping step, and every side input, with its coder on each bundle: a memcpy for a {@code byte[]}, a
 *       full encode and decode for an object (Java serialization of the index maps was the largest cost of the
 *       grouping steps). So values cross a grouping step encoded once before it and decoded once after it
 *       ({@link io.rasd.beam.shuffle.CoderBytes}), with compact coders, and a DoFn reads a side input once per
 *       instance: the DirectRunner rebuilds a map view on every {@code sideInput} call.
 *   <li><b>Why one global combine.</b> What crosses articles (first copies for deduplication, name groups for
 *       linking) is an index far smaller than its input. It is built once for the corpus: each bundle folds its
 *       elements into partials ({@link io.rasd.beam.shuffle.Mergeable}), the partials are merged, and every DoFn
 *       gets the index back as a side input ({@link io.rasd.beam.shuffle.IndexGlobally},
 *       {@link io.rasd.beam.shuffle.IndexView}). The elements themselves are never grouped.
 *   <li><b>Why bounded buckets.</b> That index is split into a fixed, small number of parts
 *       ({@code IndexGlobally.BUCKETS}): no record grows with the corpus (Flink's sorter rejects a record larger
 *       than its buffer), and few parts because the DirectRunner keeps timers per key and scans them all in a loop
 *       (256 parts cost it 50 s on SaudiNewsNet). Work is spread over a fixed number of buckets by content bytes,
 *       not by count ({@link io.rasd.beam.shuffle.SpreadBySizeFn}): extraction time follows text length.
 * </ul>
 */
package io.rasd.beam.shuffle;
