package com.onewindow.shared.demo;

import static com.onewindow.shared.demo.DemoCatalog.INTERNET_CODE;
import static com.onewindow.shared.demo.DemoCatalog.NETWORK;
import static com.onewindow.shared.demo.DemoCatalog.PBX;
import static com.onewindow.shared.demo.DemoCatalog.SIP;
import static com.onewindow.shared.demo.DemoCatalog.VANITY;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Site;
import com.onewindow.shared.demo.RequestPlan.LineSpec;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.request.RequestLine.Ordered;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a demo request orders, one to three lines, following the catalog's rules: a bundle only
 * where the company has enough sites, a network only between two or more sites, a vanity number
 * only where the same site gets telephony or the cloud PBX.
 */
final class DemoLines {

  record Line(Site site, Ordered ordered) {}

  private static final List<String> SPEEDS = List.of("100", "100", "300", "300", "500", "1000");

  private DemoLines() {}

  static List<Line> of(DemoWorld world, Company company, List<LineSpec> specs) {
    return specs.stream().map(spec -> line(world, company, spec)).toList();
  }

  static List<Line> choose(DemoWorld world, Company company, Channel channel) {
    var sites = company.getSites();
    var bundle = world.bundleFor(company.getIndustry());
    var specs = new ArrayList<LineSpec>();
    int first = world.random.nextInt(sites.size());
    if (bundle != null && sites.size() >= bundle.getMinSites() && world.chance(0.3)) {
      int count = Math.max(bundle.getMinSites(), Math.min(sites.size(), world.between(1, 3)));
      for (int i = 0; i < count; i++) {
        specs.add(LineSpec.bundle((first + i) % sites.size()));
      }
    } else if (sites.size() >= 2 && world.chance(0.15)) {
      String speed = world.pick(List.of("10", "50", "100"));
      specs.add(new LineSpec(first, NETWORK, speed));
      specs.add(new LineSpec((first + 1) % sites.size(), NETWORK, speed));
    } else if (channel == Channel.SERVICE) {
      specs.addAll(upsell(world, first));
    } else {
      specs.add(new LineSpec(first, INTERNET_CODE, world.pick(SPEEDS)));
      specs.addAll(voice(world, first));
    }
    return of(world, company, specs);
  }

  /** What a service manager sells a connected client: more speed, or voice it lacks. */
  private static List<LineSpec> upsell(DemoWorld world, int site) {
    if (world.chance(0.35)) {
      return List.of(new LineSpec(site, INTERNET_CODE, world.pick(List.of("500", "1000"))));
    }
    var voice = voice(world, site);
    return voice.isEmpty() ? List.of(new LineSpec(site, PBX, "BUSINESS")) : voice;
  }

  private static List<LineSpec> voice(DemoWorld world, int site) {
    var specs = new ArrayList<LineSpec>();
    int roll = world.random.nextInt(100);
    if (roll < 35) {
      specs.add(new LineSpec(site, SIP, world.pick(List.of("2_LINES", "4_LINES", "10_LINES"))));
    } else if (roll < 60) {
      specs.add(new LineSpec(site, PBX, world.pick(List.of("START", "BUSINESS", "CORPORATE"))));
    }
    if (!specs.isEmpty() && world.chance(0.3)) {
      specs.add(new LineSpec(site, VANITY, world.pick(List.of("BRONZE", "SILVER", "GOLD"))));
    }
    return specs;
  }

  private static Line line(DemoWorld world, Company company, LineSpec spec) {
    Site site = company.getSites().get(spec.site());
    if (spec.product() == null) {
      var bundle = Objects.requireNonNull(world.bundleFor(company.getIndustry()));
      return new Line(site, Ordered.bundle(bundle));
    }
    var product = world.product(spec.product());
    var option = spec.option() == null ? null : world.option(spec.product(), spec.option());
    return new Line(site, Ordered.product(product, option));
  }
}
