package com.onewindow.shared.crm;

import com.onewindow.shared.staff.Unit;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default daily targets per unit (R2), as settings: {@code
 * onewindow.funnel.defaults.DIRECT.calls=15}. A unit without settings has no targets.
 */
@ConfigurationProperties("onewindow.funnel")
public record FunnelProperties(Map<Unit, DailyTargets> defaults) {

  public FunnelProperties {
    defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
  }

  public DailyTargets defaultFor(Unit unit) {
    return defaults.getOrDefault(unit, DailyTargets.NONE);
  }
}
