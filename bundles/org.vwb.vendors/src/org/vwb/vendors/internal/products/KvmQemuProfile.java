package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.VendorProfile;
import org.vwb.vendors.internal.ProductProfile;

/** KVM without vhost: QEMU runs the virtio back ends itself, so every notification goes out to the worker. */
@Component(service = VendorProfile.class)
public final class KvmQemuProfile extends ProductProfile {

    public KvmQemuProfile() {
        super(Kvm.release("kvm.qemu", "KVM with QEMU virtio back ends (Linux 6.1, QEMU 7.2)")
                .route(route -> route.withBackend(ContextKind.WORKER)));
    }
}
