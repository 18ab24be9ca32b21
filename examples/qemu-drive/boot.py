# boot.py: let Python write CIRCUITPY (by default the drive belongs to the
# USB host and Python sees it read-only). The QEMU board has no USB, so
# nothing is lost; what Python writes lasts until QEMU exits.
import storage

storage.remount("/", readonly=False)
