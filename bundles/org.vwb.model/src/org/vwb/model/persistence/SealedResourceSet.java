package org.vwb.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * A resource set that never opens anything: a {@code .vwb} file resolves only within itself. EMF's default would
 * follow a cross-document reference ({@code host="http://...#//@hosts.0"}, another file, a FIFO) by loading it on
 * demand: a network request, a read past the size limit, or a hang. Here a reference to any resource not already
 * in the set stays an unresolved proxy, which validation reports, and the URI converter refuses every stream, so
 * no other path (an unknown namespace looked up as a location, a schema location) can open one either.
 */
final class SealedResourceSet extends ResourceSetImpl {

    SealedResourceSet() {
        setURIConverter(new ExtensibleURIConverterImpl(List.of(new RefusingHandler()), List.of()));
    }

    /** Only resources already here (the file being loaded, the registered metamodel); never a demand load. */
    @Override
    public Resource getResource(URI uri, boolean loadOnDemand) {
        return super.getResource(uri, false);
    }

    /** Answers every URI, and opens none. */
    private static final class RefusingHandler extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        private static IOException refused(URI uri) {
            return new IOException("'" + uri + "' is outside the model file; a .vwb file refers only to itself");
        }
    }
}
