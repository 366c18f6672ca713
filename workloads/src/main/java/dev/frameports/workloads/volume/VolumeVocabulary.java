package dev.frameports.workloads.volume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The word lists the generator draws from: synthetic pseudo-words with the sizes of the mimesis
 * {@code en} lists upstream used (never their text), plus the 50 real US state names. Built once,
 * deterministically, from a fixed internal seed; immutable and shared.
 *
 * <p>First names: a male list of 1,212 and a female list of 2,278 that share 167 names, so the
 * union has 3,323. Every first name has an id in {@code 0..3322} (its position in the union), which
 * the oracle's distinct-name sets count. Words hold only ASCII letters and spaces: never a comma, a
 * quote or a line break, so the CSV never needs quoting.
 */
public final class VolumeVocabulary {
  public static final int MALE_NAMES = 1_212;
  public static final int FEMALE_NAMES = 2_278;
  public static final int SHARED_NAMES = 167;
  public static final int FIRST_NAMES = MALE_NAMES + FEMALE_NAMES - SHARED_NAMES;
  public static final int SURNAMES = 1_000;
  public static final int STREET_NAMES = 2_338;
  public static final int STREET_SUFFIXES = 70;
  public static final int CITIES = 1_755;

  /** The 50 US states' full names, as mimesis's {@code Address.state()} gives them. */
  public static final List<String> STATES =
      List.of(
          "Alabama",
          "Alaska",
          "Arizona",
          "Arkansas",
          "California",
          "Colorado",
          "Connecticut",
          "Delaware",
          "Florida",
          "Georgia",
          "Hawaii",
          "Idaho",
          "Illinois",
          "Indiana",
          "Iowa",
          "Kansas",
          "Kentucky",
          "Louisiana",
          "Maine",
          "Maryland",
          "Massachusetts",
          "Michigan",
          "Minnesota",
          "Mississippi",
          "Missouri",
          "Montana",
          "Nebraska",
          "Nevada",
          "New Hampshire",
          "New Jersey",
          "New Mexico",
          "New York",
          "North Carolina",
          "North Dakota",
          "Ohio",
          "Oklahoma",
          "Oregon",
          "Pennsylvania",
          "Rhode Island",
          "South Carolina",
          "South Dakota",
          "Tennessee",
          "Texas",
          "Utah",
          "Vermont",
          "Virginia",
          "Washington",
          "West Virginia",
          "Wisconsin",
          "Wyoming");

  /** The gender labels, drawn uniformly and independently of the first name's gender. */
  public static final List<String> GENDERS = List.of("Male", "Female", "Other");

  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "cl", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr",
    "r", "s", "sh", "st", "t", "tr", "v", "w", "z"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "th", "m", "nd", "rt"};

  // after the syllable tables, which the constructor reads
  private static final VolumeVocabulary INSTANCE = new VolumeVocabulary();

  private final List<String> firstNames;
  private final List<String> surnames;
  private final List<String> streetNames;
  private final List<String> streetSuffixes;
  private final List<String> cities;

  private VolumeVocabulary() {
    // one fixed seed per list: changing a list's size never changes the others
    firstNames = words(0x5EED_0001L, FIRST_NAMES, 2, 3);
    surnames = words(0x5EED_0002L, SURNAMES, 2, 4);
    streetNames = words(0x5EED_0003L, STREET_NAMES, 2, 3);
    streetSuffixes = words(0x5EED_0004L, STREET_SUFFIXES, 1, 2);
    cities = cityNames(0x5EED_0005L);
  }

  /** The shared instance. */
  public static VolumeVocabulary get() {
    return INSTANCE;
  }

  /** Every distinct first name; a name's index here is its id. */
  public List<String> firstNames() {
    return firstNames;
  }

  /** The id (index in {@link #firstNames}) of male name {@code i}, {@code 0..1211}. */
  public int maleNameId(int i) {
    return i;
  }

  /**
   * The id of female name {@code i}, {@code 0..2277}: the female list starts 167 names before the
   * male list ends, which makes those 167 names shared.
   */
  public int femaleNameId(int i) {
    return MALE_NAMES - SHARED_NAMES + i;
  }

  /** Every distinct surname, in a fixed order. */
  public List<String> surnames() {
    return surnames;
  }

  /** Every distinct street name (without suffix), in a fixed order. */
  public List<String> streetNames() {
    return streetNames;
  }

  /** Every distinct street suffix ({@code Street}-like words), in a fixed order. */
  public List<String> streetSuffixes() {
    return streetSuffixes;
  }

  /** Every distinct city name, some of two words, in a fixed order. */
  public List<String> cities() {
    return cities;
  }

  private static List<String> words(long seed, int count, int minSyllables, int maxSyllables) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < count) {
      words.add(capitalise(word(random, minSyllables, maxSyllables)));
    }
    return List.copyOf(words);
  }

  /** Mostly one word, some with a direction or a "Port"/"Lake" prefix, as US city lists have. */
  private static List<String> cityNames(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] prefixes = {"North ", "South ", "East ", "West ", "Port ", "Lake ", "New "};
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < CITIES) {
      String prefix = random.nextInt(5) == 0 ? prefixes[random.nextInt(prefixes.length)] : "";
      words.add(prefix + capitalise(word(random, 2, 3)));
    }
    return List.copyOf(new ArrayList<>(words));
  }

  private static String word(SplittableRandom random, int minSyllables, int maxSyllables) {
    StringBuilder word = new StringBuilder();
    int syllables = random.nextInt(minSyllables, maxSyllables + 1);
    for (int s = 0; s < syllables; s++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]);
      word.append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
  }

  private static String capitalise(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
