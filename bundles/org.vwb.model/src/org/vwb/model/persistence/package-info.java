/**
 * Reading and writing {@code .vwb} files: XMI documents of the vwb model. Loading turns every parser or
 * model error into a {@link org.vwb.model.persistence.ModelLoadException} that names the file, the line and
 * the reason; saving is atomic (a temporary file renamed over the target), so a crash never leaves half a file.
 * The XML parser refuses DOCTYPE declarations, so no external entity is ever read.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.model.persistence;
