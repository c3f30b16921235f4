package io.rasd.core.entities;

import io.rasd.core.entities.recognition.ConllSentence;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListBuilderTest {
  @Test
  void derivesStableNamesAndCommonWords(@TempDir Path dir) throws Exception {
    List<ConllSentence> s = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      s.add(new ConllSentence(List.of("قال", "محمد", "علي", "إن", "الأمن", "مستتب"),
          List.of("O", "B-PERS", "I-PERS", "O", "O", "O")));
    }
    s.add(new ConllSentence(List.of("الأمن", "الوطني"), List.of("B-ORG", "I-ORG")));
    WordListBuilder.write(s, dir);
    List<String> stable = Files.readAllLines(dir.resolve("stable-names.txt"));
    List<String> common = Files.readAllLines(dir.resolve("common-words.txt"));
    assertThat(stable).contains("محمد", "علي").doesNotContain("قال");
    assertThat(common).contains("قال", "ان", "الامن", "مستتب").doesNotContain("محمد", "الوطني");
  }
}
