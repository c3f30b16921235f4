package io.rasd.core.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnercorpReaderTest {
  @Test
  void misspeltTagsAreRepaired() {
    assertThat(AnercorpReader.fixTag("B-ERS", "O")).isEqualTo("B-PERS");
    assertThat(AnercorpReader.fixTag("B-ORF", "O")).isEqualTo("B-ORG");
    assertThat(AnercorpReader.fixTag("B-OEG", "O")).isEqualTo("B-ORG");
    assertThat(AnercorpReader.fixTag("IPERS", "B-PERS")).isEqualTo("I-PERS");
    assertThat(AnercorpReader.fixTag("b-misc", "O")).isEqualTo("B-MISC");
    assertThat(AnercorpReader.fixTag("i-misc", "B-MISC")).isEqualTo("I-MISC");
    assertThat(AnercorpReader.fixTag("B-LOCI-PERS", "B-PERS")).isEqualTo("I-PERS");
    assertThat(AnercorpReader.fixTag("I-LOC", "O")).isEqualTo("B-LOC");
    assertThat(AnercorpReader.fixTag("o", "O")).isEqualTo("O");
  }

  @Test
  void brokenLinesAreRepaired(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.txt");
    Files.writeString(f, "B-PERS فيرسلاين\n O\n.O\nقال O\n. Oالإصابة O\nبرند B-PERS\nجوتشولك I-PERS\n");
    List<ConllSentence> s = AnercorpReader.read(f);
    assertThat(s).hasSize(3);
    assertThat(s.get(0).tokens()).containsExactly("فيرسلاين", ".");
    assertThat(s.get(0).tags()).containsExactly("B-PERS", "O");
    assertThat(s.get(1).tokens()).containsExactly("قال", ".");
    assertThat(s.get(2).tokens()).containsExactly("الإصابة", "برند", "جوتشولك");
    assertThat(BioTags.toSpans(s.get(2).tags())).singleElement()
        .satisfies(sp -> assertThat(sp.getType()).isEqualTo("PERS"));
  }
}
