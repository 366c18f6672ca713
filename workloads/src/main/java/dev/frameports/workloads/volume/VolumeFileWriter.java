package dev.frameports.workloads.volume;

import dev.frameports.frame.source.AtomicFiles;
import dev.frameports.workloads.FileSeeds;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one {@code data{i}.csv}: header, then rows drawn from the file's own random stream ({@link
 * FileSeeds#forFile}), CRLF line ends, no quoting. Bytes are assembled in a buffer by hand (no
 * {@code String.format}, no per-field strings) because generation must outrun the engines it feeds.
 * The SHA-256 and the oracle are updated as the bytes are written, so the file is never read back.
 * The file appears only when complete ({@link AtomicFiles}).
 */
final class VolumeFileWriter {
  static final String HEADER =
      "first_name,last_name,gender,weight,height,address_txt,zip_cd,city,state,net_worth";

  private static final VolumeVocabulary WORDS = VolumeVocabulary.get();
  private static final byte[][] FIRST_NAMES = ascii(WORDS.firstNames());
  private static final byte[][] SURNAMES = ascii(WORDS.surnames());
  private static final byte[][] GENDERS = ascii(VolumeVocabulary.GENDERS);
  private static final byte[][] STREET_NAMES = ascii(WORDS.streetNames());
  private static final byte[][] SUFFIXES = ascii(WORDS.streetSuffixes());
  private static final byte[][] CITIES = ascii(WORDS.cities());
  private static final byte[][] STATES = ascii(VolumeVocabulary.STATES);
  private static final int BUFFER = 1 << 16;
  private static final int LONGEST_ROW = 512; // far above any row these lists can make

  /** What writing one file produced. */
  record Result(VolumeDataFile file, VolumeOracle oracle) {}

  private final byte[] buffer = new byte[BUFFER];
  private int used;

  private VolumeFileWriter() {}

  /** Writes file {@code index} of {@code spec} into {@code dir}; one call per file and thread. */
  static Result write(VolumeSpec spec, int index, Path dir) {
    String name = "data" + index + ".csv";
    long rows = spec.rowsOfFile(index);
    VolumeOracle oracle = new VolumeOracle();
    Result[] result = new Result[1];
    AtomicFiles.write(
        dir.resolve(name),
        temporary -> {
          MessageDigest sha = sha256();
          VolumeFileWriter writer = new VolumeFileWriter();
          try (OutputStream out = Files.newOutputStream(temporary)) {
            long bytes =
                writer.writeRows(FileSeeds.forFile(spec.seed(), index), rows, oracle, out, sha);
            result[0] =
                new Result(
                    new VolumeDataFile(name, rows, bytes, HexFormat.of().formatHex(sha.digest())),
                    oracle);
          }
        });
    return result[0];
  }

  private long writeRows(
      SplittableRandom random, long rows, VolumeOracle oracle, OutputStream out, MessageDigest sha)
      throws IOException {
    long bytes = 0;
    put(HEADER.getBytes(StandardCharsets.US_ASCII));
    crlf();
    for (long r = 0; r < rows; r++) {
      if (used > BUFFER - LONGEST_ROW) {
        bytes += flush(out, sha);
      }
      // the draws follow the columns, the first name's gender first (as mimesis's name())
      int nameId =
          random.nextBoolean()
              ? WORDS.maleNameId(random.nextInt(VolumeVocabulary.MALE_NAMES))
              : WORDS.femaleNameId(random.nextInt(VolumeVocabulary.FEMALE_NAMES));
      putField(FIRST_NAMES[nameId]);
      putField(SURNAMES[random.nextInt(SURNAMES.length)]);
      putField(GENDERS[random.nextInt(GENDERS.length)]);
      putNumber(random.nextInt(38, 91));
      comma();
      // uniform(1.5, 2.0) printed with 2 decimals: the ends get half the weight, as upstream
      putHeight((int) Math.round(150 + 50 * random.nextDouble()));
      putNumber(random.nextInt(1, 1401));
      buffer[used++] = ' ';
      put(STREET_NAMES[random.nextInt(STREET_NAMES.length)]);
      buffer[used++] = ' ';
      putField(SUFFIXES[random.nextInt(SUFFIXES.length)]);
      int zip = random.nextInt(VolumeOracle.ZIP_CODES);
      putZip(zip);
      putField(CITIES[random.nextInt(CITIES.length)]);
      int state = random.nextInt(STATES.length);
      putField(STATES[state]);
      int netWorth = random.nextInt(0, 50_001);
      putNumber(netWorth);
      crlf();
      oracle.add(state, zip, nameId, netWorth);
    }
    return bytes + flush(out, sha);
  }

  private int flush(OutputStream out, MessageDigest sha) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      // another file failed and the generator is cancelling: stop, leave no file
      throw new InterruptedIOException("generation cancelled");
    }
    int written = used;
    sha.update(buffer, 0, used);
    out.write(buffer, 0, used);
    used = 0;
    return written;
  }

  private void put(byte[] word) {
    System.arraycopy(word, 0, buffer, used, word.length);
    used += word.length;
  }

  private void putField(byte[] word) {
    put(word);
    comma();
  }

  private void comma() {
    buffer[used++] = ',';
  }

  private void crlf() {
    buffer[used++] = '\r';
    buffer[used++] = '\n';
  }

  /** A non-negative int in decimal, no padding. */
  private void putNumber(int value) {
    int digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : 5;
    for (int i = digits - 1; i >= 0; i--) {
      buffer[used + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    used += digits;
  }

  /** {@code 150..200} hundredths as {@code 1.50..2.00}, then a comma. */
  private void putHeight(int hundredths) {
    buffer[used++] = (byte) ('0' + hundredths / 100);
    buffer[used++] = '.';
    buffer[used++] = (byte) ('0' + hundredths / 10 % 10);
    buffer[used++] = (byte) ('0' + hundredths % 10);
    comma();
  }

  /** Five digits with leading zeros, then a comma. */
  private void putZip(int zip) {
    for (int i = 4; i >= 0; i--) {
      buffer[used + i] = (byte) ('0' + zip % 10);
      zip /= 10;
    }
    used += 5;
    comma();
  }

  private static byte[][] ascii(List<String> words) {
    return words.stream().map(w -> w.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
