package org.vwb.vendors.internal.products;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.api.VendorProfile;
import org.vwb.vendors.internal.ProductProfile;

/** KVM with vhost: the virtio back ends run in the host kernel, the hosted placement's default route. */
@Component(service = VendorProfile.class)
public final class KvmVhostProfile extends ProductProfile {

    public KvmVhostProfile() {
        super(Kvm.release("kvm.vhost", "KVM with vhost back ends in the host kernel (Linux 6.1, QEMU 7.2)"));
    }
}
