package dev.frameports.workloads.postgres;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic words of the persons file: first names, last names and a table of locations (city,
 * state, country), standing in for Faker's {@code en_US} names and the simplemaps world cities
 * upstream used (never their text). Built once from fixed internal seeds; immutable and shared.
 * Words hold ASCII letters and spaces only, so the CSV never needs quoting.
 *
 * <p>The location table is smaller than upstream's 44,691 cities; the queries never read the
 * location columns, so its size changes no result.
 */
final class PersonsVocabulary {
  static final int FIRST_NAMES = 1_000;
  static final int LAST_NAMES = 1_000;
  static final int COUNTRIES = 120;
  static final int LOCATIONS = 4_000;

  /** One row of the location table. */
  record Location(String city, String state, String country) {}

  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r", "s",
    "sh", "t", "tr", "v", "w", "z"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ia", "ea", "ou"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "nd", "sk"};

  // after the syllable tables, which the constructor reads
  private static final PersonsVocabulary INSTANCE = new PersonsVocabulary();

  private final List<String> firstNames;
  private final List<String> lastNames;
  private final List<Location> locations;

  private PersonsVocabulary() {
    firstNames = words(0x9E75_0001L, FIRST_NAMES, 2, 3);
    lastNames = words(0x9E75_0002L, LAST_NAMES, 2, 4);
    locations = locations(0x9E75_0003L);
  }

  static PersonsVocabulary get() {
    return INSTANCE;
  }

  List<String> firstNames() {
    return firstNames;
  }

  List<String> lastNames() {
    return lastNames;
  }

  List<Location> locations() {
    return locations;
  }

  /** Countries with a few states each; every city belongs to one state of one country. */
  private static List<Location> locations(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> countries = words(seed + 1, COUNTRIES, 2, 3);
    List<List<String>> statesOfCountry = new ArrayList<>();
    for (int c = 0; c < COUNTRIES; c++) {
      statesOfCountry.add(words(seed + 100 + c, random.nextInt(3, 16), 2, 3));
    }
    List<String> cities = words(seed + 2, LOCATIONS, 2, 3);
    List<Location> locations = new ArrayList<>(LOCATIONS);
    for (String city : cities) {
      int country = random.nextInt(COUNTRIES);
      List<String> states = statesOfCountry.get(country);
      String prefix = random.nextInt(8) == 0 ? "San " : "";
      locations.add(
          new Location(
              prefix + city, states.get(random.nextInt(states.size())), countries.get(country)));
    }
    return List.copyOf(locations);
  }

  private static List<String> words(long seed, int count, int minSyllables, int maxSyllables) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < count) {
      StringBuilder word = new StringBuilder();
      int syllables = random.nextInt(minSyllables, maxSyllables + 1);
      for (int s = 0; s < syllables; s++) {
        word.append(ONSETS[random.nextInt(ONSETS.length)]);
        word.append(VOWELS[random.nextInt(VOWELS.length)]);
      }
      word.append(CODAS[random.nextInt(CODAS.length)]);
      words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }
    return List.copyOf(words);
  }
}
