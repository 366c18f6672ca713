package dev.frameports.workloads.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VolumeVocabularyTest {
  private final VolumeVocabulary words = VolumeVocabulary.get();

  @Test
  @DisplayName("the lists have upstream's sizes and no duplicates within a list")
  void sizes() {
    assertThat(words.firstNames()).hasSize(3_323).doesNotHaveDuplicates();
    assertThat(words.surnames()).hasSize(1_000).doesNotHaveDuplicates();
    assertThat(words.streetNames()).hasSize(2_338).doesNotHaveDuplicates();
    assertThat(words.streetSuffixes()).hasSize(70).doesNotHaveDuplicates();
    assertThat(words.cities()).hasSize(1_755).doesNotHaveDuplicates();
    assertThat(VolumeVocabulary.STATES).hasSize(50).doesNotHaveDuplicates();
    assertThat(VolumeVocabulary.STATES).contains("North Carolina", "Wyoming");
  }

  @Test
  @DisplayName("1,212 male and 2,278 female names share 167, so the union has 3,323 ids")
  void firstNameIds() {
    Set<Integer> male = new HashSet<>();
    Set<Integer> female = new HashSet<>();
    for (int i = 0; i < VolumeVocabulary.MALE_NAMES; i++) {
      male.add(words.maleNameId(i));
    }
    for (int i = 0; i < VolumeVocabulary.FEMALE_NAMES; i++) {
      female.add(words.femaleNameId(i));
    }
    assertThat(male).hasSize(1_212);
    assertThat(female).hasSize(2_278);
    Set<Integer> shared = new HashSet<>(male);
    shared.retainAll(female);
    assertThat(shared).hasSize(167);
    Set<Integer> union = new HashSet<>(male);
    union.addAll(female);
    assertThat(union).hasSize(3_323).allMatch(id -> id >= 0 && id < 3_323);
  }

  @Test
  @DisplayName("no word needs CSV quoting: only letters and single inner spaces")
  void csvSafe() {
    Stream.of(
            words.firstNames(),
            words.surnames(),
            words.streetNames(),
            words.streetSuffixes(),
            words.cities(),
            VolumeVocabulary.STATES,
            VolumeVocabulary.GENDERS)
        .flatMap(List::stream)
        .forEach(word -> assertThat(word).matches("[A-Z][a-z]+( [A-Z][a-z]+)*"));
  }
}
