package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonFieldMappingTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return MAPPER.readTree(s);
  }

  @Test
  void firstNonBlankKeyInPriorityOrderWins() throws Exception {
    JsonNode o = json("{\"body\":\"من body\",\"content\":\" \",\"text\":\"من text\"}");
    assertThat(JsonFieldMapping.DEFAULT.value(o, JsonFieldMapping.CONTENT)).isEqualTo("من text");
  }

  @Test
  void numbersBecomeTextAndObjectsContributeTheirName() throws Exception {
    JsonNode o = json("{\"date\":20150721,\"author\":{\"name\":\"واس\",\"id\":3},\"source\":{\"id\":1}}");
    assertThat(JsonFieldMapping.DEFAULT.value(o, JsonFieldMapping.DATE)).isEqualTo("20150721");
    assertThat(JsonFieldMapping.DEFAULT.value(o, JsonFieldMapping.AUTHOR)).isEqualTo("واس");
    assertThat(JsonFieldMapping.DEFAULT.value(o, JsonFieldMapping.SOURCE)).isNull();
  }

  @Test
  void contentKeyPresenceIsSeparateFromHavingText() throws Exception {
    assertThat(JsonFieldMapping.DEFAULT.hasContentKey(json("{\"Article\":\"\"}"))).isTrue();
    assertThat(JsonFieldMapping.DEFAULT.hasContentKey(json("{\"title\":\"x\"}"))).isFalse();
    assertThat(JsonFieldMapping.DEFAULT.value(json("{\"content\":\"\\u00a0 \\u200f\"}"), JsonFieldMapping.CONTENT))
        .isNull();
  }

  @Test
  void mappingListsTheDocumentedKeys() {
    assertThat(JsonFieldMapping.DEFAULT.keys(JsonFieldMapping.CONTENT)).startsWith("content", "text", "body", "article");
    assertThat(JsonFieldMapping.DEFAULT.keys(JsonFieldMapping.DATE))
        .contains("date", "published", "date_published", "date_extracted", "pubdate");
  }
}
