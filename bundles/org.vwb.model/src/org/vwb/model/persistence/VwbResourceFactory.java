package org.vwb.model.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates resources for {@code .vwb} files with the options every load and save of vwb uses: UTF-8, references
 * written with the readable name keys of the model, and a parser that refuses DOCTYPE declarations (no external
 * entities, no entity expansion), elements nested too deep and other versions of the model's namespace.
 */
public final class VwbResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of vwb configuration files. */
    public static final String EXTENSION = "vwb";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new VwbXmiResource(uri);
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
                "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE));
        resource.getDefaultSaveOptions().putAll(saveOptions());
        return resource;
    }

    /** How vwb writes XMI: UTF-8, lines wrapped for diffs and editors. */
    public static Map<Object, Object> saveOptions() {
        return Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100);
    }
}
