package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.DeduplicateArticles.FirstCopies;
import io.rasd.beam.DeduplicateArticles.Origin;
import io.rasd.core.model.Mention;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class IndexCodersTest {
  private static void add(NameIndex index, String articleId, Mention m) {
    index.add(LinkEntities.groupKey(articleId, m), articleId, "2015-07-2" + articleId.charAt(1) + " " + articleId,
        m.linkKey(), m);
  }

  @Test
  void nameIndexRoundTripsWithEveryField() throws Exception {
    NameIndex index = new NameIndex();
    add(index, "a1", new Mention("PERSON", "كريستوفر راي", 0, 12, null, "راي", "g-wray"));
    add(index, "a2", new Mention("PERSON", "كريستوبر راي", 5, 17, null, "راي", null));
    add(index, "a1", new Mention("LOCATION", "الرباط", 20, 26, null, "الرباط", null));
    IndexCoders.NameIndexCoder coder = new IndexCoders.NameIndexCoder();
    CoderProperties.coderDecodeEncodeEqual(coder, index);
    CoderProperties.coderDecodeEncodeEqual(coder, new NameIndex());

    NameStats wray = CoderUtils.clone(coder, index).groups.get(LinkEntities.groupKey("a1", new Mention("PERSON", "", 0, 0, null, "راي", null)));
    assertThat(wray.surfaces).containsEntry("كريستوفر راي", 1L).containsEntry("كريستوبر راي", 1L);
    assertThat(wray.articleIds).containsExactlyInAnyOrder("a1", "a2");
    assertThat(wray.mentionCount).isEqualTo(2);
    assertThat(wray.gazetteerId).isEqualTo("g-wray");
    assertThat(wray.firstSeen).isEqualTo("2015-07-21 a1");
    assertThat(CoderUtils.clone(coder, index).groups.get(LinkEntities.groupKey("a1", new Mention("LOCATION", "", 0, 0, null, "الرباط", null))).gazetteerId).isNull();
  }

  @Test
  void firstCopiesRoundTrip() throws Exception {
    FirstCopies firsts = new FirstCopies();
    firsts.offer("id1", new Origin("b.zip!/x.json", 3));
    firsts.offer("id1", new Origin("a.txt", 0));
    firsts.offer("id2", new Origin("c.txt", 0));
    IndexCoders.FirstCopiesCoder coder = new IndexCoders.FirstCopiesCoder();
    CoderProperties.coderDecodeEncodeEqual(coder, firsts);
    assertThat(CoderUtils.clone(coder, firsts).byId.get("id1")).isEqualTo(new Origin("a.txt", 0));
    assertThat(CoderUtils.clone(coder, firsts).repeated).containsExactly("id1");
  }

  @Test
  void theCompletedFirstCopiesKeepOnlyRepeatedIds() {
    FirstCopies a = new FirstCopies();
    a.offer("once", new Origin("a.txt", 0));
    a.offer("twice", new Origin("b.txt", 0));
    FirstCopies b = new FirstCopies();
    b.offer("twice", new Origin("a.json", 7));
    b.offer("other", new Origin("c.txt", 0));
    FirstCopies done = a.mergeFrom(b).completed();
    assertThat(done.byId).containsOnlyKeys("twice").containsEntry("twice", new Origin("a.json", 7));
  }
}
