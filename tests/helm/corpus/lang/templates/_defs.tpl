{{- define "lang.user" -}}
user={{ .name }}{{ if .admin }} (admin){{ end }}
{{- end -}}
{{- define "lang.root" -}}
root={{ $.Values.s }} dot={{ .Values.num }}
{{- end -}}
{{- define "lang.args" -}}
{{ index . 0 }}+{{ index . 1 }}
{{- end -}}
{{- define "lang.block" }}overridden{{ end }}
