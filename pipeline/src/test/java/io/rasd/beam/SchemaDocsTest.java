package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** Every column of every table says what it holds: analysts read the docs in schemas/ and in the Parquet footer. */
class SchemaDocsTest {
  @Test
  void everyFieldOfEveryTableHasADoc() {
    for (String table : TableSchemas.ALL) {
      Schema schema = TableSchemas.of(table);
      assertThat(schema.getDoc()).as(table).isNotBlank();
      for (Schema.Field f : schema.getFields()) {
        assertThat(f.doc()).as(table + "." + f.name()).isNotBlank();
      }
    }
  }
}
