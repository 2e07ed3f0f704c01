"""Signal receivers of the HUBs app (connected in ``HubsConfig.ready``)."""
