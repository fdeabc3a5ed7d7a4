"""The pages, one module per concern; each registers its menu entries in :mod:`sparring.web.nav`."""
