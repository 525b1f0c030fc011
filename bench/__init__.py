"""Development tooling for national-scale measurements: synthetic data (`synthetic/`, the
`seed_synthetic` command) and the page benchmark (`measuring/`, the `bench` command). It may use
both domain apps; neither of them imports it."""
