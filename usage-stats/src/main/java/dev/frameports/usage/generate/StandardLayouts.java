package dev.frameports.usage.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The two built-in layouts. The full one follows usage-stats-spec.md §8: 70 hosts, 400 GPUs, 60 %
 * of them prioritized (seven CHTC-owned machines), backfill on about two thirds of the prioritized
 * GPUs plus two small open hosts, the 2026 device mix with about 11 % old types, one host without
 * reported memory, two open hosts without PrioritizedProjects and the three masked hosts.
 */
final class StandardLayouts {
  static final String VOYLES_REASON =
      "Prioritized via hardcoded start expression, not PrioritizedProjects";
  static final String INTERACTIVE_REASON = "Interactive slots only.";

  /** The seven CHTC-owned PIs of the baseline {@code chtc_owned} file. */
  private static final List<String> CHTC_PIS =
      List.of(
          "blengerich", "ssilwal", "amurali", "btellman-jsullivan", "mkhodak", "txie-dsi", "cxiao");

  private static final List<String> LAB_PIS =
      List.of(
          "kaplan",
          "moreno",
          "ibarra",
          "ostrowski",
          "delgado",
          "fischer",
          "haldane",
          "iyer",
          "jansen",
          "kowalski",
          "lindqvist",
          "nakamura",
          "oduya",
          "petrov",
          "rasmussen",
          "takahashi",
          "vargas",
          "zeller");

  private StandardLayouts() {}

  static ClusterLayout full(long seed) {
    SplittableRandom random = Seeds.stream(seed, Seeds.LAYOUT, 1);
    List<Spec> open = new ArrayList<>();
    int[] number = {2001, 4001};
    addOpen(open, number, GpuDevice.L40S, 8, 5);
    addOpen(open, number, GpuDevice.L40, 8, 4);
    addOpen(open, number, GpuDevice.A100_40GB, 8, 2);
    addOpen(open, number, GpuDevice.RTX_2080_TI, 10, 2);
    addOpen(open, number, GpuDevice.H100, 8, 1);
    addOpen(open, number, GpuDevice.A100_80GB, 4, 2);
    addOpen(open, number, GpuDevice.GTX_1080_TI, 4, 2);
    addOpen(open, number, GpuDevice.P100, 2, 4);
    addOpen(open, number, GpuDevice.QUADRO_RTX_6000, 4, 1);
    addOpen(open, number, GpuDevice.A30, 4, 1);
    addOpen(open, number, GpuDevice.L40S, 2, 1);
    open.get(open.size() - 1).memoryMissing = true;
    List<Spec> smallOpen = open.stream().filter(s -> s.gpus <= 4).toList();
    pick(random, open, 2).forEach(s -> s.projects = null);
    pick(random, smallOpen, 2).forEach(s -> s.backfillSlot = "backfill2");

    List<Spec> prioritized = new ArrayList<>();
    addLab(prioritized, random, GpuDevice.H200, 8, 8);
    addLab(prioritized, random, GpuDevice.L40S, 8, 4);
    addLab(prioritized, random, GpuDevice.L40S, 4, 4);
    addLab(prioritized, random, GpuDevice.L40, 4, 6);
    addLab(prioritized, random, GpuDevice.A100_80GB, 8, 2);
    addLab(prioritized, random, GpuDevice.H100, 8, 1);
    addLab(prioritized, random, GpuDevice.A100_40GB, 4, 3);
    addLab(prioritized, random, GpuDevice.RTX_2080_TI, 8, 1);
    addLab(prioritized, random, GpuDevice.A40, 4, 2);
    addLab(prioritized, random, GpuDevice.A30, 4, 1);
    addLab(prioritized, random, GpuDevice.QUADRO_RTX_6000, 4, 1);
    addLab(prioritized, random, GpuDevice.GTX_1080_TI, 4, 1);
    addLab(prioritized, random, GpuDevice.P100, 2, 1);
    GpuDevice[] chtcDevices = {
      GpuDevice.H200,
      GpuDevice.H200,
      GpuDevice.L40S,
      GpuDevice.L40S,
      GpuDevice.L40S,
      GpuDevice.L40,
      GpuDevice.L40
    };
    for (int i = 0; i < CHTC_PIS.size(); i++) {
      Spec s = new Spec(CHTC_PIS.get(i) + "gpu4000", chtcDevices[i], i < 2 ? 8 : 4);
      s.ownership = HostOwnership.CHTC;
      s.projects = capitalised(CHTC_PIS.get(i).replace("-", "_")) + "_Lab";
      prioritized.add(s);
    }
    assignBackfill(random, prioritized);

    List<Spec> all = new ArrayList<>(open);
    all.addAll(prioritized);
    all.addAll(maskedHosts(GpuDevice.A100_80GB, 4, GpuDevice.L40, 4, true));
    shuffle(random, all);
    return build(seed, all, 40 + random.nextInt(21));
  }

  static ClusterLayout small(long seed) {
    List<Spec> all = new ArrayList<>();
    Spec s = new Spec("gpu2001", GpuDevice.L40S, 4);
    all.add(s);
    s = new Spec("gpu2002", GpuDevice.RTX_2080_TI, 4);
    s.backfillSlot = "backfill2";
    all.add(s);
    s = new Spec("gpu2003", GpuDevice.P100, 2);
    s.projects = null;
    all.add(s);
    s = lab("kaplangpu4000", GpuDevice.H200, 8, "Kaplan_Lab");
    s.backfillSlot = "backfill2";
    all.add(s);
    s = lab("morenogpu4000", GpuDevice.A100_80GB, 4, "Moreno_Lab,Ibarra_Lab");
    s.backfillSlot = "backfill3";
    s.backfillProjects = "";
    all.add(s);
    s = lab("blengerichgpu4000", GpuDevice.L40, 4, "Blengerich_Lab");
    s.ownership = HostOwnership.CHTC;
    s.backfillSlot = "backfill2";
    all.add(s);
    s = lab("ssilwalgpu4000", GpuDevice.L40S, 2, "Ssilwal_Lab");
    s.ownership = HostOwnership.CHTC;
    all.add(s);
    all.addAll(maskedHosts(GpuDevice.A100_40GB, 2, GpuDevice.L40, 2, false));
    return build(seed, all, 12);
  }

  private static List<Spec> maskedHosts(
      GpuDevice voyles, int voylesGpus, GpuDevice lab, int labGpus, boolean both) {
    List<Spec> masked = new ArrayList<>();
    Spec v = new Spec("voyles2000", voyles, voylesGpus);
    v.load = 0.35;
    v.maskReason = VOYLES_REASON;
    masked.add(v);
    for (String name : both ? List.of("gpulab2003", "gpulab2004") : List.of("gpulab2003")) {
      Spec g = new Spec(name, lab, labGpus);
      g.interactive = true;
      g.load = 0.5;
      g.maskReason = INTERACTIVE_REASON;
      masked.add(g);
    }
    return masked;
  }

  private static void addOpen(List<Spec> specs, int[] number, GpuDevice device, int gpus, int n) {
    boolean older =
        device == GpuDevice.RTX_2080_TI
            || device == GpuDevice.GTX_1080_TI
            || device == GpuDevice.P100
            || device == GpuDevice.QUADRO_RTX_6000
            || device == GpuDevice.A100_40GB;
    for (int i = 0; i < n; i++) {
      specs.add(new Spec("gpu" + (older ? number[0]++ : number[1]++), device, gpus));
    }
  }

  private static void addLab(
      List<Spec> specs, SplittableRandom random, GpuDevice device, int gpus, int n) {
    for (int i = 0; i < n; i++) {
      String pi = LAB_PIS.get(random.nextInt(LAB_PIS.size()));
      long sameLab = specs.stream().filter(s -> s.machine.startsWith(pi + "gpu")).count();
      String projects = capitalised(pi) + "_Lab";
      if (random.nextInt(4) == 0) {
        projects += "," + capitalised(LAB_PIS.get(random.nextInt(LAB_PIS.size()))) + "_Lab";
      }
      specs.add(lab(pi + "gpu" + (4000 + sameLab), device, gpus, projects));
    }
  }

  /** Backfill on shuffled prioritized hosts until two thirds of their GPUs are covered. */
  private static void assignBackfill(SplittableRandom random, List<Spec> prioritized) {
    int total = prioritized.stream().mapToInt(s -> s.gpus).sum();
    List<Spec> order = new ArrayList<>(prioritized);
    shuffle(random, order);
    int covered = 0;
    for (Spec s : order) {
      if (3 * covered >= 2 * total) {
        break;
      }
      int slot = random.nextInt(10);
      s.backfillSlot = slot < 7 ? "backfill2" : slot < 9 ? "backfill3" : "backfill5";
      if (s.ownership == HostOwnership.RESEARCHER && random.nextInt(10) < 3) {
        s.backfillProjects = "";
      }
      covered += s.gpus;
    }
  }

  private static Spec lab(String machine, GpuDevice device, int gpus, String projects) {
    Spec s = new Spec(machine, device, gpus);
    s.ownership = HostOwnership.RESEARCHER;
    s.projects = projects;
    return s;
  }

  private static List<Spec> pick(SplittableRandom random, List<Spec> from, int n) {
    List<Spec> copy = new ArrayList<>(from);
    shuffle(random, copy);
    return copy.subList(0, Math.min(n, copy.size()));
  }

  private static <T> void shuffle(SplittableRandom random, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static ClusterLayout build(long seed, List<Spec> specs, int users) {
    ClusterLayout.Builder builder = ClusterLayout.builder(seed).users(users);
    for (Spec s : specs) {
      builder.host(s.machine + ".chtc.wisc.edu", s.device, s.gpus, s.ownership, "");
      builder.projects(s.projects);
      if (s.load >= 0) {
        builder.load(s.load);
      }
      if (s.memoryMissing) {
        builder.memory(null);
      }
      if (s.interactive) {
        builder.interactive();
      }
      if (s.maskReason != null) {
        builder.masked(s.maskReason);
      }
      if (s.backfillSlot != null) {
        builder.backfill(
            s.backfillSlot, s.backfillProjects == null ? s.projects : s.backfillProjects);
      }
    }
    return builder.build();
  }

  /** A host before it has GPU ids. */
  private static final class Spec {
    final String machine;
    final GpuDevice device;
    final int gpus;
    HostOwnership ownership = HostOwnership.OPEN;
    @Nullable String projects = "";
    double load = -1;
    boolean memoryMissing;
    boolean interactive;
    @Nullable String backfillSlot;
    @Nullable String backfillProjects;
    @Nullable String maskReason;

    Spec(String machine, GpuDevice device, int gpus) {
      this.machine = machine;
      this.device = device;
      this.gpus = gpus;
    }
  }
}
