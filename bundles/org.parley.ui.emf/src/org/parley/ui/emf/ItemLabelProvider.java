package org.parley.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF.Edit item providers (edit.ui's {@code AdapterFactoryLabelProvider}): text and icon
 * come from each object's {@link IItemLabelProvider}; icons (URLs of the generated GIFs) are loaded once and freed
 * with the provider.
 */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = provider(element);
		return provider == null ? null : image(provider.getImage(element));
	}

	/** The SWT image of an item provider's image object (a URL, or a composed image whose first layer is used). */
	public Image image(Object image) {
		Object base = image;
		if (base instanceof ComposedImage composed) {
			List<Object> layers = composed.getImages();
			base = layers.isEmpty() ? null : layers.get(0);
		}
		if (base instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private IItemLabelProvider provider(Object element) {
		return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}
}
