N = "namespace"
