package dev.frameports.usage.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The job owners ({@code RemoteOwner} values) with a Zipf-like popularity: the k-th user submits
 * about {@code 1/k^1.1} of the jobs. Most users submit from {@code chtc.wisc.edu}; some from
 * external domains, and those rank first among backfill users (IceCube-style glide-ins). Immutable
 * and thread-safe.
 */
public final class UserPool {
  private static final double EXPONENT = 1.1;
  private static final String[] FIRST = {
    "a", "b", "c", "d", "e", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "z"
  };
  private static final String[] STEMS = {
    "kern", "jin", "wang", "li", "zhang", "chen", "ross", "smith", "patel", "kim", "nguyen", "gar",
    "lee", "brown", "muller", "rossi", "sato", "khan", "silva", "moore", "olson", "hahn", "ito",
    "berg", "novak", "cruz", "ward", "park", "fox", "reid", "shah", "tran", "lund", "yang", "wu"
  };
  private static final String CHTC = "chtc.wisc.edu";
  private static final String[] EXTERNAL = {"grid-submitter.icecube.wisc.edu", "osg-htc.org"};

  private final List<String> primaryOrder;
  private final List<String> backfillOrder;
  private final double[] cumulative;

  private UserPool(List<String> primaryOrder, List<String> backfillOrder) {
    this.primaryOrder = List.copyOf(primaryOrder);
    this.backfillOrder = List.copyOf(backfillOrder);
    this.cumulative = new double[primaryOrder.size()];
    double sum = 0;
    for (int k = 0; k < cumulative.length; k++) {
      sum += 1.0 / Math.pow(k + 1, EXPONENT);
      cumulative[k] = sum;
    }
    for (int k = 0; k < cumulative.length; k++) {
      cumulative[k] /= sum;
    }
  }

  /** {@code count} distinct owners drawn from {@code random}; about 1 in 8 is external. */
  public static UserPool generate(SplittableRandom random, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a user pool needs at least one user");
    }
    Set<String> owners = new LinkedHashSet<>();
    while (owners.size() < count) {
      String netId = FIRST[random.nextInt(FIRST.length)] + STEMS[random.nextInt(STEMS.length)];
      if (random.nextInt(2) == 0) {
        netId += random.nextInt(1, 1000);
      }
      boolean external = owners.size() > 1 && random.nextInt(8) == 0;
      owners.add(netId + "@" + (external ? EXTERNAL[random.nextInt(EXTERNAL.length)] : CHTC));
    }
    List<String> primary = new ArrayList<>(owners);
    List<String> backfill = new ArrayList<>();
    primary.stream().filter(o -> !o.endsWith("@" + CHTC)).forEach(backfill::add);
    primary.stream().filter(o -> o.endsWith("@" + CHTC)).forEach(backfill::add);
    return new UserPool(primary, backfill);
  }

  /** A primary-slot job owner. */
  public String primaryOwner(SplittableRandom random) {
    return primaryOrder.get(rank(random));
  }

  /** A backfill job owner: the same popularity curve, external users first. */
  public String backfillOwner(SplittableRandom random) {
    return backfillOrder.get(rank(random));
  }

  /** Every owner, most popular primary user first. */
  public List<String> owners() {
    return primaryOrder;
  }

  private int rank(SplittableRandom random) {
    double u = random.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
