// Confirms each live update to the plugin; without this call it rolls the update back.
const updater = window.Capacitor?.Plugins?.CapacitorUpdater;
if (updater) {
  updater.notifyAppReady();
  updater.current().then(({ bundle }) => {
    document.getElementById('version').textContent = `Bundle ${bundle.version}`;
  });
}
