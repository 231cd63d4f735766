{{- define "s0" -}}{{ $x := "init" }} a
  {{.Values.s}} 
	{{.Values.s}}
  x: 
{{.Values.s}}  x:

{{.Values.s}}{{- end -}}
{{- define "s1" -}}{{ $x := "init" }}
 
{{.Values.s}}{{- end -}}
{{- define "s2" -}}{{ $x := "init" }}
  a
  {{.Values.s}}{{- end -}}
{{- define "s3" -}}{{ $x := "init" }}
 {{.Values.s}}{{- end -}}
{{- define "s4" -}}{{ $x := "init" }}	  {{.Values.s}}{{- end -}}
{{- define "s5" -}}{{ $x := "init" }}- y 
{{.Values.s}}{{- end -}}
{{- define "s6" -}}{{ $x := "init" }} 
  {{.Values.s}}{{- end -}}
{{- define "s7" -}}{{ $x := "init" }}  x: 
{{.Values.s}}{{- end -}}
{{- define "s8" -}}{{ $x := "init" }}  b c{{.Values.s}}{{- end -}}
{{- define "s9" -}}{{ $x := "init" }}

b c  {{.Values.s}}{{- end -}}
{{- define "s10" -}}{{ $x := "init" }}a	{{.Values.s}}{{- end -}}
{{- define "s11" -}}{{ $x := "init" }}
- y
{{.Values.s}}{{- end -}}
{{- define "s12" -}}{{ $x := "init" }} a

{{.Values.s}}{{- end -}}
{{- define "s13" -}}{{ $x := "init" }} 
b c 
{{.Values.s}}{{- end -}}
{{- define "s14" -}}{{ $x := "init" }}   {{.Values.s}}{{- end -}}
{{- define "s15" -}}{{ $x := "init" }}

{{.Values.s}}{{- end -}}
{{- define "s16" -}}{{ $x := "init" }}- y {{.Values.s}}{{- end -}}
{{- define "s17" -}}{{ $x := "init" }}	 
{{.Values.s}}{{- end -}}
{{- define "s18" -}}{{ $x := "init" }} 
b c

{{.Values.s}}{{- end -}}
{{- define "s19" -}}{{ $x := "init" }} 
- y{{.Values.s}}{{- end -}}
{{- define "s20" -}}{{ $x := "init" }} {{.Values.s}}{{- end -}}
{{- define "s21" -}}{{ $x := "init" }} 
{{.Values.s}}{{- end -}}
{{- define "s22" -}}{{ $x := "init" }}
  - y

{{.Values.s}}{{- end -}}
{{- define "s23" -}}{{ $x := "init" }} - y 
{{.Values.s}}{{- end -}}
{{- define "s24" -}}{{ $x := "init" }}	b c 
{{.Values.s}}{{- end -}}
{{- define "s25" -}}{{ $x := "init" }} - y

{{.Values.s}}{{- end -}}
{{- define "s26" -}}{{ $x := "init" }}
- y {{.Values.s}}{{- end -}}
{{- define "s27" -}}{{ $x := "init" }}	b c
{{.Values.s}}{{- end -}}
{{- define "s28" -}}{{ $x := "init" }}  
{{.Values.s}}{{- end -}}
{{- define "s29" -}}{{ $x := "init" }}
  - y
{{.Values.s}}{{- end -}}
{{- define "s30" -}}{{ $x := "init" }}	 {{.Values.s}}{{- end -}}
{{- define "s31" -}}{{ $x := "init" }}- y
{{.Values.s}}{{- end -}}
{{- define "s32" -}}{{ $x := "init" }} 
 {{.Values.s}}{{- end -}}
{{- define "s33" -}}{{ $x := "init" }}b c 
{{.Values.s}}{{- end -}}
{{- define "s34" -}}{{ $x := "init" }}
 {{.Values.s}}{{- end -}}
{{- define "s35" -}}{{ $x := "init" }}

{{.Values.s}}{{- end -}}
{{- define "s36" -}}{{ $x := "init" }}

  {{.Values.s}}{{- end -}}
{{- define "s37" -}}{{ $x := "init" }}  - y	{{.Values.s}}{{- end -}}
{{- define "s38" -}}{{ $x := "init" }} 
b c {{.Values.s}}{{- end -}}
{{- define "s39" -}}{{ $x := "init" }}
  {{.Values.s}}{{- end -}}
{{- define "s40" -}}{{ $x := "init" }}- y
  {{.Values.s}}{{- end -}}
{{- define "s41" -}}{{ $x := "init" }}  x: {{.Values.s}}{{- end -}}
{{- define "s42" -}}{{ $x := "init" }}  - y

{{.Values.s}}{{- end -}}
{{- define "s43" -}}{{ $x := "init" }}


{{.Values.s}}{{- end -}}
{{- define "s44" -}}{{ $x := "init" }}

x:{{.Values.s}}{{- end -}}
{{- define "s45" -}}{{ $x := "init" }} x:
  {{.Values.s}}{{- end -}}
{{- define "s46" -}}{{ $x := "init" }}  x:{{.Values.s}}{{- end -}}
{{- define "s47" -}}{{ $x := "init" }}


{{.Values.s}}{{- end -}}
{{- define "s48" -}}{{ $x := "init" }}- y  {{.Values.s}}{{- end -}}
{{- define "s49" -}}{{ $x := "init" }}
a
{{.Values.s}}{{- end -}}
{{- define "s50" -}}{{ $x := "init" }}
x:
  {{.Values.s}}{{- end -}}
{{- define "s51" -}}{{ $x := "init" }}
  x:  {{.Values.s}}{{- end -}}
{{- define "s52" -}}{{ $x := "init" }} 
{{.Values.s}}{{- end -}}
{{- define "s53" -}}{{ $x := "init" }}x:  {{.Values.s}}{{- end -}}
{{- define "s54" -}}{{ $x := "init" }}
x:  {{.Values.s}}{{- end -}}
{{- define "s55" -}}{{ $x := "init" }}  - y
{{.Values.s}}{{- end -}}
{{- define "s56" -}}{{ $x := "init" }}

a {{.Values.s}}{{- end -}}
{{- define "s57" -}}{{ $x := "init" }}  x:{{.Values.s}}{{- end -}}
{{- define "s58" -}}{{ $x := "init" }}
a	{{.Values.s}}{{- end -}}
{{- define "s59" -}}{{ $x := "init" }} b c  {{.Values.s}}{{- end -}}
{{- define "s60" -}}{{ $x := "init" }}a	{{.Values.s}}{{- end -}}
{{- define "s61" -}}{{ $x := "init" }} 
 
{{.Values.s}}{{- end -}}
{{- define "s62" -}}{{ $x := "init" }}  
{{.Values.s}}{{- end -}}
{{- define "s63" -}}{{ $x := "init" }}x:
{{.Values.s}}{{- end -}}
{{- define "s64" -}}{{ $x := "init" }} 	{{.Values.s}}{{- end -}}
{{- define "s65" -}}{{ $x := "init" }} 
b c 
{{.Values.s}}{{- end -}}
{{- define "s66" -}}{{ $x := "init" }} 
- y {{.Values.s}}{{- end -}}
{{- define "s67" -}}{{ $x := "init" }}  a  {{.Values.s}}{{- end -}}
{{- define "s68" -}}{{ $x := "init" }} 
x:	{{.Values.s}}{{- end -}}
{{- define "s69" -}}{{ $x := "init" }}	a {{.Values.s}}{{- end -}}
{{- define "s70" -}}{{ $x := "init" }}	a
{{.Values.s}}{{- end -}}
{{- define "s71" -}}{{ $x := "init" }}

- y
{{.Values.s}}{{- end -}}
{{- define "s72" -}}{{ $x := "init" }}
- y
{{.Values.s}}{{- end -}}
{{- define "s73" -}}{{ $x := "init" }}
  x:{{.Values.s}}{{- end -}}
{{- define "s74" -}}{{ $x := "init" }}
- y

{{.Values.s}}{{- end -}}
{{- define "s75" -}}{{ $x := "init" }}  - y
  {{.Values.s}}{{- end -}}
{{- define "s76" -}}{{ $x := "init" }}	
  {{.Values.s}}{{- end -}}
{{- define "s77" -}}{{ $x := "init" }} x:{{.Values.s}}{{- end -}}
{{- define "s78" -}}{{ $x := "init" }} b c{{.Values.s}}{{- end -}}
{{- define "s79" -}}{{ $x := "init" }}x:	{{.Values.s}}{{- end -}}
{{- define "s80" -}}{{ $x := "init" }}

- y

{{.Values.s}}{{- end -}}
{{- define "s81" -}}{{ $x := "init" }} - y  {{.Values.s}}{{- end -}}
{{- define "s82" -}}{{ $x := "init" }}
	{{.Values.s}}{{- end -}}
{{- define "s83" -}}{{ $x := "init" }}

- y	{{.Values.s}}{{- end -}}
{{- define "s84" -}}{{ $x := "init" }}

	{{.Values.s}}{{- end -}}
{{- define "s85" -}}{{ $x := "init" }} x:

{{.Values.s}}{{- end -}}
{{- define "s86" -}}{{ $x := "init" }}b c	{{.Values.s}}{{- end -}}
{{- define "s87" -}}{{ $x := "init" }}
a	{{.Values.s}}{{- end -}}
{{- define "s88" -}}{{ $x := "init" }}
a
{{.Values.s}}{{- end -}}
{{- define "s89" -}}{{ $x := "init" }}
a	{{.Values.s}}{{- end -}}
{{- define "s90" -}}{{ $x := "init" }}
b c  {{.Values.s}}{{- end -}}
{{- define "s91" -}}{{ $x := "init" }}x:
  {{.Values.s}}{{- end -}}
{{- define "s92" -}}{{ $x := "init" }} x:
{{.Values.s}}{{- end -}}
{{- define "s93" -}}{{ $x := "init" }} - y

{{.Values.s}}{{- end -}}
{{- define "s94" -}}{{ $x := "init" }}	a {{.Values.s}}{{- end -}}
{{- define "s95" -}}{{ $x := "init" }}	- y{{.Values.s}}{{- end -}}
{{- define "s96" -}}{{ $x := "init" }}  
  {{.Values.s}}{{- end -}}
{{- define "s97" -}}{{ $x := "init" }}
  a

{{.Values.s}}{{- end -}}
{{- define "s98" -}}{{ $x := "init" }} 
{{.Values.s}}{{- end -}}
{{- define "s99" -}}{{ $x := "init" }}a 
{{.Values.s}}{{- end -}}
{{- define "s100" -}}{{ $x := "init" }}

a

{{.Values.s}}{{- end -}}
{{- define "s101" -}}{{ $x := "init" }}
  a{{.Values.s}}{{- end -}}
{{- define "s102" -}}{{ $x := "init" }}  
{{.Values.s}}{{- end -}}
{{- define "s103" -}}{{ $x := "init" }}
a  {{.Values.s}}{{- end -}}
{{- define "s104" -}}{{ $x := "init" }} 
x: {{.Values.s}}{{- end -}}
{{- define "s105" -}}{{ $x := "init" }}
  a {{.Values.s}}{{- end -}}
{{- define "s106" -}}{{ $x := "init" }}  - y
  {{.Values.s}}{{- end -}}
{{- define "s107" -}}{{ $x := "init" }}	x:  {{.Values.s}}{{- end -}}
{{- define "s108" -}}{{ $x := "init" }}
b c

{{.Values.s}}{{- end -}}
{{- define "s109" -}}{{ $x := "init" }}

a	{{.Values.s}}{{- end -}}
{{- define "s110" -}}{{ $x := "init" }}	x:

{{.Values.s}}{{- end -}}
{{- define "s111" -}}{{ $x := "init" }}
  b c
{{.Values.s}}{{- end -}}
{{- define "s112" -}}{{ $x := "init" }}- y {{.Values.s}}{{- end -}}
{{- define "s113" -}}{{ $x := "init" }}	{{.Values.s}}{{- end -}}
{{- define "s114" -}}{{ $x := "init" }}	b c  {{.Values.s}}{{- end -}}
{{- define "s115" -}}{{ $x := "init" }} 
b c {{.Values.s}}{{- end -}}
{{- define "s116" -}}{{ $x := "init" }}
x:

{{.Values.s}}{{- end -}}
{{- define "s117" -}}{{ $x := "init" }}


{{.Values.s}}{{- end -}}
{{- define "s118" -}}{{ $x := "init" }} 
b c  {{.Values.s}}{{- end -}}
{{- define "s119" -}}{{ $x := "init" }}

	{{.Values.s}}{{- end -}}
{{- define "s120" -}}{{ $x := "init" }} a
{{.Values.s}}{{- end -}}
{{- define "s121" -}}{{ $x := "init" }} b c{{.Values.s}}{{- end -}}
{{- define "s122" -}}{{ $x := "init" }}
  
{{.Values.s}}{{- end -}}
{{- define "s123" -}}{{ $x := "init" }}	- y {{.Values.s}}{{- end -}}
{{- define "s124" -}}{{ $x := "init" }} 	{{.Values.s}}{{- end -}}
{{- define "s125" -}}{{ $x := "init" }}

 {{.Values.s}}{{- end -}}
{{- define "s126" -}}{{ $x := "init" }}  b c

{{.Values.s}}{{- end -}}
{{- define "s127" -}}{{ $x := "init" }}
x: 
{{.Values.s}}{{- end -}}
{{- define "s128" -}}{{ $x := "init" }}a{{.Values.s}}{{- end -}}
{{- define "s129" -}}{{ $x := "init" }}

b c {{.Values.s}}{{- end -}}
{{- define "s130" -}}{{ $x := "init" }}
- y

{{.Values.s}}{{- end -}}
{{- define "s131" -}}{{ $x := "init" }}
x:  {{.Values.s}}{{- end -}}
{{- define "s132" -}}{{ $x := "init" }}  - y{{.Values.s}}{{- end -}}
{{- define "s133" -}}{{ $x := "init" }}
a	{{.Values.s}}{{- end -}}
{{- define "s134" -}}{{ $x := "init" }}
b c
{{.Values.s}}{{- end -}}
{{- define "s135" -}}{{ $x := "init" }}

b c	{{.Values.s}}{{- end -}}
{{- define "s136" -}}{{ $x := "init" }}	b c{{.Values.s}}x: {{.Values.s}}{{- end -}}
{{- define "s137" -}}{{ $x := "init" }}
b c
{{.Values.s}}{{- end -}}
{{- define "s138" -}}{{ $x := "init" }}
  b c	{{.Values.s}}{{- end -}}
{{- define "s139" -}}{{ $x := "init" }}

  {{.Values.s}}{{- end -}}
{{- define "s140" -}}{{ $x := "init" }}  b c 
{{.Values.s}}{{- end -}}
{{- define "s141" -}}{{ $x := "init" }}b c{{.Values.s}}{{- end -}}
{{- define "s142" -}}{{ $x := "init" }}	- y{{.Values.s}}{{- end -}}
{{- define "s143" -}}{{ $x := "init" }}
b c 
{{.Values.s}}{{- end -}}
{{- define "s144" -}}{{ $x := "init" }} - y

{{.Values.s}}{{- end -}}
{{- define "s145" -}}{{ $x := "init" }} 
- y  {{.Values.s}}{{- end -}}
{{- define "s146" -}}{{ $x := "init" }} a

{{.Values.s}}{{- end -}}
{{- define "s147" -}}{{ $x := "init" }}	 
{{.Values.s}}{{- end -}}
{{- define "s148" -}}{{ $x := "init" }}  x:{{.Values.s}}{{- end -}}
{{- define "s149" -}}{{ $x := "init" }}
  
{{.Values.s}}{{- end -}}
