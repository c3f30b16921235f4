package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import io.rasd.testing.TestPipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadArticlesTest {
  @TempDir Path tmp;

  @Test
  void aDirectoryMeansEveryRegularFileUnderItWhateverItsExtension() throws Exception {
    Files.createDirectories(tmp.resolve("a/b"));
    Files.writeString(tmp.resolve("one.txt"), "نص");
    Files.writeString(tmp.resolve("a/b/two"), "نص آخر");
    Files.writeString(tmp.resolve("a/three.md"), "نص ثالث");

    TestPipeline p = TestPipelines.create();
    PCollectionTuple read = p.apply(new ReadArticles(tmp.toString(), 4));
    PAssert.that(
            read.get(ReadArticles.ARTICLES)
                .apply("Names", MapElements.into(TypeDescriptors.strings()).via((RawArticle a) -> a.sourceFile() + "@" + a.sourceIndex())))
        .containsInAnyOrder(
            tmp.resolve("one.txt") + "@0", tmp.resolve("a/b/two") + "@0", tmp.resolve("a/three.md") + "@0");
    PAssert.that(read.get(ReadArticles.REJECTS)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  void aGlobMeansItsMatches() throws Exception {
    Files.writeString(tmp.resolve("x1.txt"), "نص");
    Files.writeString(tmp.resolve("x2.txt"), "نص");
    Files.writeString(tmp.resolve("y.txt"), "نص");

    TestPipeline p = TestPipelines.create();
    PCollectionTuple read = p.apply(new ReadArticles(tmp.resolve("x*.txt").toString(), 4));
    PAssert.that(
            read.get(ReadArticles.ARTICLES)
                .apply("Names", MapElements.into(TypeDescriptors.strings()).via((RawArticle a) -> Path.of(a.sourceFile()).getFileName().toString())))
        .containsInAnyOrder("x1.txt", "x2.txt");
    p.run().waitUntilFinish();
  }

  @Test
  void noMatchIsAReject() {
    TestPipeline p = TestPipelines.create();
    PCollectionTuple read = p.apply(new ReadArticles(tmp.resolve("missing-*.txt").toString(), 4));
    PAssert.that(read.get(ReadArticles.ARTICLES)).empty();
    PAssert.that(read.get(ReadArticles.REJECTS))
        .satisfies(
            rs -> {
              List<Reject> list = new java.util.ArrayList<>();
              rs.forEach(list::add);
              assertThat(list).extracting(Reject::reason).containsExactly("no_match");
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void aJsonArrayPastTheArticlesLimitIsReadUpToItAndTheRestIsOneReject() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 2500; i++) {
      json.append(i > 0 ? "," : "").append("{\"title\":\"خبر ").append(i).append("\",\"content\":\"نص ").append(i).append("\"}\n");
    }
    Files.writeString(tmp.resolve("export.json"), json.append("]").toString());
    Files.writeString(tmp.resolve("other.txt"), "نص");
    io.rasd.core.input.InputReader.Limits thousand = new io.rasd.core.input.InputReader.Limits(512L << 20, 8, 64L << 20, 1L << 30, 1000);

    TestPipeline p = TestPipelines.create();
    PCollectionTuple read = p.apply(new ReadArticles(tmp.toString(), 4, null, thousand));
    PAssert.that(
            read.get(ReadArticles.ARTICLES)
                .apply("Count", org.apache.beam.sdk.transforms.Count.globally()))
        .containsInAnyOrder(1001L); // elements 0-999 of the array, and the other file
    PAssert.that(
            read.get(ReadArticles.REJECTS)
                .apply("Where", MapElements.into(TypeDescriptors.strings())
                    .via((Reject r) -> Path.of(r.sourceFile()).getFileName() + " " + r.reason() + " " + r.detail().substring(0, 40))))
        .containsInAnyOrder("export.json#1000 too_large 1500 more array element(s) not kept: one");
    p.run().waitUntilFinish();
  }
}
