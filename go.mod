module dossier

go 1.26.8

require (
	github.com/dominikbraun/graph v0.23.0
	golang.org/x/text v0.22.0
)

require (
	github.com/stretchr/testify v1.12.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
