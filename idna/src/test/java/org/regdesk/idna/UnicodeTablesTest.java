package org.regdesk.idna;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated tables hold what the Unicode data says and can be searched. */
class UnicodeTablesTest {

  @Test
  void every_table_is_sorted_disjoint_ranges() {
    for (int[] table :
        new int[][] {
          UnicodeTables.DUAL_JOINING,
          UnicodeTables.RIGHT_JOINING,
          UnicodeTables.LEFT_JOINING,
          UnicodeTables.JOIN_CAUSING,
          UnicodeTables.VIRAMA
        }) {
      assertThat(UnicodeTables.isWellFormed(table)).isTrue();
    }
  }

  @Test
  void joining_types_of_well_known_characters() {
    assertThat(JoiningType.of(0x0628)).as("beh").isEqualTo(JoiningType.DUAL_JOINING);
    assertThat(JoiningType.of(0x0627)).as("alef").isEqualTo(JoiningType.RIGHT_JOINING);
    assertThat(JoiningType.of(0x0640)).as("tatweel").isEqualTo(JoiningType.JOIN_CAUSING);
    assertThat(JoiningType.of(0x064B)).as("fathatan").isEqualTo(JoiningType.TRANSPARENT);
    assertThat(JoiningType.of(0x200C)).as("ZWNJ").isEqualTo(JoiningType.NON_JOINING);
    assertThat(JoiningType.of('a')).isEqualTo(JoiningType.NON_JOINING);
    assertThat(JoiningType.of(0xA872))
        .as("phags-pa superfixed ra")
        .isEqualTo(JoiningType.LEFT_JOINING);
  }

  @Test
  void viramas_of_well_known_scripts() {
    assertThat(UnicodeTables.contains(UnicodeTables.VIRAMA, 0x094D)).as("Devanagari").isTrue();
    assertThat(UnicodeTables.contains(UnicodeTables.VIRAMA, 0x0DCA)).as("Sinhala").isTrue();
    assertThat(UnicodeTables.contains(UnicodeTables.VIRAMA, 0x0915)).as("ka").isFalse();
  }

  @Test
  void derived_properties_of_the_rfc_5892_exceptions_and_categories() {
    assertThat(CodePointClass.of(0x00DF)).isEqualTo(CodePointClass.PVALID);
    assertThat(CodePointClass.of(0x03C2)).isEqualTo(CodePointClass.PVALID);
    assertThat(CodePointClass.of(0x00B7)).isEqualTo(CodePointClass.CONTEXTO);
    assertThat(CodePointClass.of(0x200D)).isEqualTo(CodePointClass.CONTEXTJ);
    assertThat(CodePointClass.of(0x0640)).isEqualTo(CodePointClass.DISALLOWED);
    assertThat(CodePointClass.of('A')).as("upper case").isEqualTo(CodePointClass.DISALLOWED);
    assertThat(CodePointClass.of(0x0131)).as("dotless i").isEqualTo(CodePointClass.PVALID);
    assertThat(CodePointClass.of(0x13A0)).as("Cherokee capital").isEqualTo(CodePointClass.PVALID);
    assertThat(CodePointClass.of(0xAB70)).as("Cherokee small").isEqualTo(CodePointClass.DISALLOWED);
    assertThat(CodePointClass.of(0x0378)).isEqualTo(CodePointClass.UNASSIGNED);
    assertThat(CodePointClass.of(0xFDD0)).as("noncharacter").isNotEqualTo(CodePointClass.PVALID);
  }
}
