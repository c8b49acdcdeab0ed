package org.vwb.testing;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.vwb.core.api.DeviceModel;

/** The device models registered in the running framework, as the core finds them. */
public final class DeviceModelServices {

    private DeviceModelServices() {
    }

    /** Ids of every registered {@link DeviceModel}, seen from the bundle of {@code caller}. */
    public static Set<String> registeredIds(Class<?> caller) throws InvalidSyntaxException {
        BundleContext context = Objects.requireNonNull(FrameworkUtil.getBundle(caller), "not in OSGi")
                .getBundleContext();
        Objects.requireNonNull(context, "the test bundle is not started");
        Collection<ServiceReference<DeviceModel>> references = context.getServiceReferences(DeviceModel.class, null);
        Set<String> ids = new TreeSet<>();
        for (ServiceReference<DeviceModel> reference : references) {
            DeviceModel model = context.getService(reference);
            if (model != null) {
                ids.add(model.id());
                context.ungetService(reference);
            }
        }
        return ids;
    }
}
