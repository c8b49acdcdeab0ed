package org.vwb.interchange.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceNames;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;

/**
 * The device catalogue of the installed plugins: what each installed device model says, in its service
 * properties ({@link DeviceNames}), the formats call it and which emulated devices it replaces. Only the
 * registrations are read, so no plugin is activated or called. The readers, writers and the audit are plain
 * classes that the importers, exporters and {@code Interchange.builtIn()} create without Declarative Services, so
 * the catalogue they consult is this component's, kept in a static map; vwb's own devices are in the vocabularies,
 * which are asked first.
 */
@Component(immediate = true)
public final class InstalledDevices {

    /** One installed model's names; {@code ovfResourceType} 0 where it declares none. */
    public record Entry(String id, DeviceKind kind, DeviceMode mode, List<String> ovf, List<String> libvirt,
            List<String> vmx, List<String> replaces, int ovfResourceType) {
    }

    private static final Map<ServiceReference<?>, Entry> ENTRIES = new ConcurrentHashMap<>();

    @Reference(service = DeviceModel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void add(ServiceReference<DeviceModel> reference) {
        entry(reference).ifPresent(e -> ENTRIES.put(reference, e));
    }

    void remove(ServiceReference<DeviceModel> reference) {
        ENTRIES.remove(reference);
    }

    /** The installed model with this id, if it declared its names. */
    public static Optional<Entry> byId(String id) {
        return ENTRIES.values().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The installed model of a kind that answers to a name of one format (case does not matter). */
    public static Optional<Entry> byName(Function<Entry, List<String>> format, String name, DeviceKind... kinds) {
        List<DeviceKind> wanted = Arrays.asList(kinds);
        return ENTRIES.values().stream().filter(e -> wanted.isEmpty() || wanted.contains(e.kind()))
                .filter(e -> format.apply(e).stream().anyMatch(n -> n.equalsIgnoreCase(name)))
                .sorted(java.util.Comparator.comparing(Entry::id)).findFirst();
    }

    /** The first name a model gives itself in a format, written on export. */
    public static Optional<String> nameOf(Function<Entry, List<String>> format, String id) {
        return byId(id).map(format).filter(names -> !names.isEmpty()).map(names -> names.get(0));
    }

    /** The first name a storage-controller model gives itself in a format; none for a model of another kind. */
    public static Optional<String> controllerNameOf(Function<Entry, List<String>> format, String id) {
        return byId(id).filter(e -> e.kind() == DeviceKind.BLOCK).flatMap(e -> nameOf(format, id));
    }

    /** The installed storage-controller model that answers to a name of one format. */
    public static Optional<String> controllerNamed(Function<Entry, List<String>> format, String name) {
        return byName(format, name, DeviceKind.BLOCK).map(Entry::id);
    }

    /** An installed synthetic model that says it replaces an emulated one, the first by id. */
    public static Optional<String> replacementOf(String emulatedId) {
        return ENTRIES.values().stream().filter(e -> e.mode() == DeviceMode.SYNTHETIC)
                .filter(e -> e.replaces().contains(emulatedId)).map(Entry::id).sorted().findFirst();
    }

    private static Optional<Entry> entry(ServiceReference<?> reference) {
        List<String> id = names(reference, DeviceNames.ID);
        Optional<DeviceKind> kind = constant(reference.getProperty(DeviceNames.KIND), DeviceKind::valueOf);
        Optional<DeviceMode> mode = constant(reference.getProperty(DeviceNames.MODE), DeviceMode::valueOf);
        if (id.size() != 1 || kind.isEmpty() || mode.isEmpty()) {
            return Optional.empty(); // it names itself nowhere: import and audit do not know it
        }
        return Optional.of(new Entry(id.get(0), kind.get(), mode.get(), names(reference, DeviceNames.OVF),
                names(reference, DeviceNames.LIBVIRT), names(reference, DeviceNames.VMX),
                names(reference, DeviceNames.REPLACES), resourceType(reference)));
    }

    private static List<String> names(ServiceReference<?> reference, String property) {
        return DeviceNames.of(reference.getProperty(property));
    }

    /** The declared OVF ResourceType, 0 if it declares none or not an integer. */
    private static int resourceType(ServiceReference<?> reference) {
        List<String> type = names(reference, DeviceNames.OVF_RESOURCE_TYPE);
        return type.size() == 1 && type.get(0).matches("[0-9]{1,3}") ? Integer.parseInt(type.get(0)) : 0;
    }

    private static <E> Optional<E> constant(Object property, Function<String, E> valueOf) {
        List<String> names = DeviceNames.of(property);
        try {
            return names.size() == 1 ? Optional.of(valueOf.apply(names.get(0).toUpperCase(Locale.ROOT)))
                    : Optional.empty();
        } catch (IllegalArgumentException notAConstant) {
            return Optional.empty();
        }
    }
}
