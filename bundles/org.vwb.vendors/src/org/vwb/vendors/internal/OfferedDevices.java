package org.vwb.vendors.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceNames;
import org.vwb.model.DeviceMode;

/**
 * The installed device models that say, in their service properties ({@link DeviceNames#OFFERED_BY}), which of
 * vwb's vendor profiles offer them: a plugin's device joins a product's catalogue without a line of that product
 * changing. Only the registrations are read, so no plugin is activated or called. The profiles are built from
 * {@link Product} data without Declarative Services references of their own, so the offers they consult are this
 * component's, kept in a static map; a model that goes away leaves the catalogues at once.
 */
@Component(immediate = true)
public final class OfferedDevices {

    /** One installed model's offer: its id and mode, and the profile ids (or prefixes ending in *) it names. */
    private record Offer(String id, DeviceMode mode, List<String> profiles) {

        boolean to(String profile) {
            return profiles.stream().anyMatch(p -> p.endsWith("*") ? profile.startsWith(p.substring(0,
                    p.length() - 1)) : profile.equals(p));
        }
    }

    private static final Map<ServiceReference<?>, Offer> OFFERS = new ConcurrentHashMap<>();

    @Reference(service = DeviceModel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void add(ServiceReference<DeviceModel> reference) {
        List<String> id = DeviceNames.of(reference.getProperty(DeviceNames.ID));
        List<String> mode = DeviceNames.of(reference.getProperty(DeviceNames.MODE));
        List<String> profiles = DeviceNames.of(reference.getProperty(DeviceNames.OFFERED_BY));
        if (id.size() != 1 || mode.size() != 1 || profiles.isEmpty()) {
            return; // it offers itself to no profile of vwb's
        }
        try {
            OFFERS.put(reference, new Offer(id.get(0), DeviceMode.valueOf(mode.get(0).toUpperCase(Locale.ROOT)),
                    profiles));
        } catch (IllegalArgumentException notAMode) {
            // a mode vwb does not know: no profile could configure the device, so it is offered to none
        }
    }

    void remove(ServiceReference<DeviceModel> reference) {
        OFFERS.remove(reference);
    }

    /** The installed models offered to a profile, by id, each in its mode; the first by id where ids repeat. */
    static Map<String, DeviceMode> to(String profile) {
        Map<String, DeviceMode> offered = new LinkedHashMap<>();
        OFFERS.values().stream().filter(offer -> offer.to(profile)).sorted(Comparator.comparing(Offer::id))
                .forEach(offer -> offered.putIfAbsent(offer.id(), offer.mode()));
        return offered;
    }
}
