package org.vwb.model.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/** An XMI resource whose loads go through {@link BoundedXmiHandler}: depth and model version checked as it reads. */
final class VwbXmiResource extends XMIResourceImpl {

    VwbXmiResource(URI uri) {
        super(uri);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new BoundedXmiHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }
}
