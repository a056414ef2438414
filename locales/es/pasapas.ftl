# Pas à pas — Spanish. Translated from French (locales/fr/pasapas.ftl). Draft: to be reviewed by a native speaker.
# Español sencillo: una idea por frase, palabras de todos los días, «usted».

## Aplicación

app-title = Pas à pas

## Bienvenida en la máquina (pantalla de bienvenida)

welcome-title = Le damos la bienvenida
welcome-touch = Toque su idioma para empezar.
welcome-choose = Elija su idioma.
welcome-languages = Los idiomas de la máquina
welcome-forget = La máquina lo olvida todo cuando usted se va.
language-not-loaded = Este idioma no está listo. Toque otro idioma o pregunte en la recepción.

## Pantalla principal

home-title = ¿Qué quiere hacer?
home-intro = Toque un botón grande.
home-help = Cómo usar la máquina
home-agent = También puede pedir ayuda a un empleado.

## Ayuda: cómo usar la máquina

help-title = Cómo usar la máquina
help-tap = Toque un botón una sola vez.
help-home = El botón «{ toolbar-home }» vuelve al principio.
help-back = El botón «{ toolbar-back }» vuelve a la pantalla anterior.
help-language = El botón «{ toolbar-language }» cambia el idioma.
help-text-size = El botón «{ toolbar-text-size }» hace las letras más grandes.
help-contrast = El botón «{ toolbar-contrast }» hace la pantalla más fácil de ver.
help-read-aloud = El botón «{ toolbar-read-aloud }» lee cada pantalla.
help-repeat = El botón «{ toolbar-repeat }» lee esta pantalla otra vez.
help-finish = El botón «{ toolbar-finish }» lo borra todo para la persona siguiente.
help-more = Con letras muy grandes, algunos botones se guardan. El botón «{ toolbar-more }» los muestra.
help-forget = { $minutes ->
    [one] Si nadie toca la pantalla durante { $minutes } minuto, la máquina lo borra todo.
   *[other] Si nadie toca la pantalla durante { $minutes } minutos, la máquina lo borra todo.
}

## Barra de botones, arriba en cada pantalla

toolbar-label = Los botones de la máquina
toolbar-home = Inicio
toolbar-back = Volver
toolbar-language = Idioma
toolbar-text-size = Tamaño del texto
toolbar-text-size-state = { $percent ->
    [150] Grande
    [200] Muy grande
   *[other] Normal
}
toolbar-contrast = Contraste alto
toolbar-read-aloud = Leer en voz alta
toolbar-repeat = Escuchar la pantalla
toolbar-finish = He terminado
toolbar-more = Más botones

## Elegir el idioma

language-title = Elija su idioma
dialog-close = Cerrar

## He terminado: borrarlo todo

finish-title = ¿Ha terminado?
finish-erase = La máquina va a borrarlo todo.
finish-next = La persona siguiente no verá nada.
finish-confirm = Sí, borrarlo todo
finish-cancel = No, quiero seguir

## Nadie toca la pantalla

idle-title = ¿Sigue ahí?
idle-touch = Toque la pantalla para seguir.
idle-countdown = { $seconds ->
    [one] La máquina lo borra todo en { $seconds } segundo.
   *[other] La máquina lo borra todo en { $seconds } segundos.
}
idle-continue = Quiero seguir

## Lectura en voz alta

speech-no-voice = Esta máquina no puede leer en voz alta en este idioma.

## La máquina se reinicia después de un problema

restart-title = La máquina se está reiniciando.
restart-wait = Espere un momento.
safe-title = La máquina está averiada.
safe-line = Pida ayuda en la recepción.
safe-agent = Para el empleado: la máquina se ha parado varias veces seguidas. Vuelve a intentarlo sola. Si la avería continúa, reinicie el PC y avise al equipo técnico. Error:
safe-retry = Próximo intento a las { $time }.

## Pantalla desconocida

notfound-title = Esta pantalla no existe.
notfound-home = Volver a la pantalla principal

## Aprender paso a paso: la lista

home-tutorials = Aprender paso a paso
tutorials-title = Aprender paso a paso
tutorials-intro = Elija lo que quiere aprender.
tutorials-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
theme-prendre-en-main-du-materiel = Usar un aparato
theme-navigation-sur-internet = Usar internet
theme-email = El correo electrónico
theme-prevention-en-securite-numerique = Protegerse
theme-aide-aux-demarches-administratives = Los trámites por internet
theme-sante = La salud
theme-insertion-professionnelle = El trabajo
theme-reseaux-sociaux-communication = Hablar con sus seres queridos

## Aprender paso a paso: un paso

step-progress = Paso { $step } de { $total }
step-nav-label = Cambiar de paso
step-previous = Anterior
step-next = Siguiente
step-repeat = Escuchar otra vez
step-tip = Consejo:
step-caution = Atención:
step-stuck = ¿No puede seguir? Pida ayuda en la recepción.
step-done = Ha terminado.
step-print = Imprimir estos pasos
step-list = Ver todo lo que se puede aprender
step-unknown = Esta página no existe.

## Hoja para llevar

sheet-shown = Aquí tiene su hoja.
sheet-no-paper = ¿No hay papel? Enseñe esta pantalla a un empleado de la recepción.
sheet-date = Impreso el { $date }.
sheet-help = ¿Necesita ayuda? Solidarité Numérique contesta por teléfono en el 01 70 772 372.
roads-title = Sin internet, también se puede.
sheet-cautions = Atención:

## Teclado de la pantalla

keyboard-label = Teclado
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = q w e r t y u i o p
keyboard-row-3 = a s d f g h j k l
keyboard-row-4 = z x c v b n m @ . - _
keyboard-space = Espacio
keyboard-erase = Borrar

## Practicar

practice-title = Practique aquí
practice-nothing-kept = Aquí es solo para practicar. No se envía nada, no se guarda nada.
practice-email-label = Dirección de correo para practicar
practice-email-hint = Por ejemplo: marie.dupont@exemple.fr
practice-email-empty = Toque las letras para escribir.
practice-email-space = Una dirección de correo no tiene espacios.
practice-email-missing-at = Falta el signo @.
practice-email-bad-at = Escriba su nombre y después un solo signo @.
practice-email-missing-dot = Después del signo @, escriba por ejemplo exemple.fr
practice-email-good = ¡Muy bien! Esta dirección está bien escrita.
practice-fc-choose = Elija una cuenta para practicar:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Para practicar, escriba el identificador { $identifier } y la contraseña { $password }.
practice-fc-identifier = Identificador
practice-fc-password = Contraseña
practice-fc-show = Ver la contraseña
practice-fc-connect = Conectarse
practice-fc-wrong = Todavía no está bien. Mire el ejemplo.
practice-fc-good = ¡Muy bien! Está conectado.
practice-attach-to = Para:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Hola, aquí está mi documento.
practice-attach-button = Adjuntar un archivo
practice-attach-gallery = Sus fotos:
practice-attach-photo-bill = Foto de una factura
practice-attach-photo-certificate = Foto de un certificado
practice-attach-photo-id = Foto de un documento de identidad
practice-attach-attached = Archivo adjunto: { $name }
practice-attach-send = Enviar
practice-attach-need = Primero toque «Adjuntar un archivo».
practice-attach-sent = ¡Muy bien! El mensaje se ha enviado con la foto.
practice-scam-real = Mensaje verdadero
practice-scam-scam = Estafa
practice-scam-right = ¡Respuesta correcta!
practice-scam-wrong = No es correcto.
practice-scam-score = { $right ->
    [one] Tiene { $right } respuesta correcta de { $total }.
   *[other] Tiene { $right } respuestas correctas de { $total }.
}
practice-scam-1-from = Mensaje SMS de: 06 12 34 56 78
practice-scam-1-text = Su paquete está bloqueado. Pague 1,99 euros en colis-suivi-livraison.info
practice-scam-1-why = Una empresa de reparto de verdad nunca pide pagar con un enlace en un mensaje.
practice-scam-2-from = Correo de: ameli
practice-scam-2-text = Hay un documento nuevo en su cuenta ameli. Entre en ameli.fr para leerlo.
practice-scam-2-why = Este mensaje no pide nada. Le dice que entre usted mismo en el sitio verdadero.
practice-scam-3-from = Correo de: carte-vitale-service@gmail.com
practice-scam-3-text = Su carte Vitale (tarjeta sanitaria) caduca mañana. Dé su tarjeta bancaria para conservarla.
practice-scam-3-why = La carte Vitale es gratis. La Assurance Maladie (seguro médico) nunca pide su tarjeta bancaria.

## Subir y bajar

scroll-label = Mover la pantalla
scroll-up = Subir
scroll-down = Bajar

## Buscar ayuda cerca de aquí

home-near = Buscar ayuda cerca de aquí
near-title = Buscar ayuda cerca de aquí
near-intro = Estos lugares pueden ayudarle. Los lugares abiertos ahora salen primero.
near-loading = La lista de lugares se está cargando.
near-unavailable = La lista de lugares no está disponible. Pregunte en la recepción.
near-none = No tenemos ningún lugar cerca de aquí. Pregunte en la recepción.
near-place-helps = Este lugar puede ayudarle:
place-phone = Teléfono:
place-open = Abierto ahora.
place-open-until = Abierto ahora, hasta las { $time }.
place-opens = Cerrado ahora. Abre el { $day } a las { $time }.
place-opens-today = Cerrado ahora. Abre hoy a las { $time }.
place-opens-tomorrow = Cerrado ahora. Abre mañana a las { $time }.
place-hours-unknown = Horario: llame por teléfono antes de ir.
place-itinerant = Servicio que se desplaza. Viene algunos días. Llame antes.
place-access-referral = Solo si le envía un trabajador social
place-access-booking = Con cita, que se pide por internet
place-access-mail = Escriba un correo antes de venir
place-access-phone = Llame antes de venir
place-access-walk-in = Sin cita

## Las ayudas que se proponen

orientation-get-equipped-title = Tener un teléfono o una computadora a bajo precio
orientation-do-it-with-a-professional-title = Hacer su trámite con un profesional
orientation-do-it-for-me-title = Alguien puede hacer el trámite por usted
orientation-learn-the-basics-title = Aprender lo básico, paso a paso
orientation-learn-online-procedures-title = Aprender a hacer sus trámites por internet
orientation-protect-yourself-title = Aprender a protegerse de las estafas
orientation-employment-title = Buscar trabajo con internet
orientation-go-on-alone-title = Seguir por su cuenta, con una computadora
orientation-talk-to-someone-title = Hablar con una persona
orientation-other-procedure-title = France Services le ayuda con sus otros trámites

## Lo que sé hacer en internet (cuestionario)

home-assessment = Ver lo que sé hacer en internet
assessment-title = Ver lo que sé hacer en internet
assessment-progress = Pregunta { $number }
assessment-few-left = Quedan pocas preguntas.
assessment-last = Es la última pregunta.
assessment-next = Siguiente
assessment-skip = No quiero contestar
assessment-several = Puede tocar varias respuestas.
assessment-answer-alone = Sí, sin ayuda
assessment-answer-with-help = Con ayuda
assessment-answer-no = No
assessment-answer-dont-understand = No entiendo la pregunta
assessment-reading = ¿Leer francés es fácil para usted?
assessment-reading-easy = Es fácil
assessment-reading-hard = Es difícil
assessment-reading-no = No leo francés
assessment-equipment = ¿Qué tiene en su casa?
assessment-equipment-smartphone = Un teléfono con pantalla táctil
assessment-equipment-basic-phone = Un teléfono solo para llamar
assessment-equipment-computer = Una computadora
assessment-equipment-tablet = Una tableta
assessment-equipment-none = Nada de esto
assessment-internet = ¿Tiene internet en su casa?
assessment-internet-yes = Sí
assessment-internet-phone-only = Solo en mi teléfono
assessment-internet-no = No
assessment-email = ¿Tiene una dirección de correo que sabe abrir?
assessment-email-yes = Sí
assessment-email-forgotten = Tengo una, pero ya no sé abrirla
assessment-email-no = No, no tengo
assessment-goal = ¿Qué quiere hacer?
assessment-goal-caf = La Caf (ayudas para la familia)
assessment-goal-health = La salud, ameli (seguro médico)
assessment-goal-taxes = Los impuestos
assessment-goal-job = El empleo, France Travail (servicio público de empleo)
assessment-goal-papers = Los papeles: documento de identidad, permiso de conducir, papeles del vehículo
assessment-goal-housing = La vivienda
assessment-goal-pension = La jubilación
assessment-goal-residence-permit = Un permiso de residencia
assessment-goal-school = La escuela de los niños
assessment-goal-keep-in-touch = Hablar con mi familia
assessment-goal-learn-basics = Aprender lo básico
assessment-goal-something-else = Otra cosa
assessment-switch-on = Sé encender un teléfono o una computadora.
assessment-unlock = Sé abrir mi teléfono con mi código.
assessment-touch-keyboard = Sé tocar la pantalla, o usar el ratón y el teclado.
assessment-wifi = Sé conectarme al Wi-Fi.
assessment-open-website = Sé entrar en un sitio de internet, por ejemplo caf.fr.
assessment-official-site = Sé reconocer un sitio oficial.
assessment-read-email = Sé leer mis correos.
assessment-send-attachment = Sé enviar un correo con una foto o un documento.
assessment-passwords = Sé dónde encontrar mis contraseñas.
assessment-passwords-secret = Guardo mis contraseñas para mí.
assessment-franceconnect = Sé conectarme con FranceConnect.
assessment-fill-form = Sé completar un formulario por internet hasta el final.
assessment-scan-send = Sé sacar una foto de un papel.
assessment-recognise-scam = Sé reconocer un mensaje falso.
assessment-preference = ¿Cómo le gusta aprender o recibir ayuda?
assessment-preference-alone = Por mi cuenta, con una computadora
assessment-preference-beside-me = Con una persona a mi lado
assessment-preference-workshop = En grupo, en un taller
assessment-preference-for-me = Una persona hace el trámite por mí
assessment-trusted-person = ¿Le ayuda a veces una persona de confianza? Por ejemplo, su familia o un vecino.
assessment-trusted-person-yes = Sí
assessment-trusted-person-no = No, nadie
assessment-age = ¿Cuántos años tiene?
assessment-age-under-25 = Menos de 25 años
assessment-age-25-59 = De 25 a 59 años
assessment-age-60-74 = De 60 a 74 años
assessment-age-75-plus = 75 años o más
assessment-disability = ¿El lugar tiene que estar adaptado para usted?
assessment-disability-deafness = No oigo bien
assessment-disability-low-vision = No veo bien
assessment-disability-motor = Me cuesta moverme
assessment-disability-cognitive = Me cuesta entender o recordar

## El resultado

result-title = Su resultado
result-part = Página { $number } de { $total }
result-nav-label = Cambiar de página
result-keep = Para guardar
result-profile-discovering = Estoy empezando
result-profile-with-help = Me las arreglo con ayuda
result-profile-almost-autonomous = Casi puedo hacerlo sin ayuda
result-profile-intro = No es una nota. Sirve para encontrar la ayuda adecuada.
result-stars = { $stars ->
    [one] { $stars } estrella de 3
   *[other] { $stars } estrellas de 3
}
result-not-assessed = No hubo preguntas sobre este tema. Lo hablaremos con usted.
result-group-basics = Lo básico
result-group-communicating = Comunicarse
result-group-procedures-and-safety = Los trámites y la seguridad
result-help = La ayuda adecuada para usted
result-ask = Pida:
result-documents = Traiga:
result-places = Adónde ir:
result-no-place = Pregunte en la recepción adónde ir.
result-tutorials = Para aprender aquí, en la máquina:
result-again = Empezar otra vez las preguntas
orientation-get-equipped-ask = Un teléfono o una computadora usados pero revisados, y una conexión a bajo precio.
orientation-do-it-with-a-professional-ask = Una cita en France Services (oficina de servicios públicos). Un profesional hace el trámite con usted.
orientation-do-it-for-me-ask = Una persona de Aidants Connect (servicio del Estado) hace el trámite por usted. Usted da su permiso.
orientation-learn-the-basics-ask = Un taller para principiantes, con un asesor digital (una persona que le enseña).
orientation-learn-online-procedures-ask = Alguien le acompaña para aprender a hacer sus trámites por internet.
orientation-protect-yourself-ask = Un taller sobre la seguridad y las estafas.
orientation-employment-ask = Ayuda para buscar trabajo con internet.
orientation-go-on-alone-ask = Una computadora para usted, sin cita. Y más cosas para aprender en esta máquina.
orientation-talk-to-someone-ask = Diga lo que quiere hacer. Una persona le ayuda a encontrar la ayuda adecuada.
orientation-other-procedure-ask = Por ejemplo, la jubilación, la vivienda o un permiso de residencia. Pida una cita.
orientation-documents-caf = Su número de la seguridad social, un correo electrónico que sabe abrir, su teléfono.
orientation-documents-health = Su carte Vitale (tarjeta sanitaria), un correo electrónico que sabe abrir, su teléfono.
orientation-documents-taxes = Su último «avis d'impôt» (aviso de impuestos) y su última declaración. Un correo electrónico que sabe abrir, y su teléfono.
orientation-documents-job = Su identificador de France Travail, sus recibos de salario, su teléfono.
orientation-documents-papers = Su documento de identidad antiguo o su permiso de conducir. Una factura con su dirección (agua, luz, teléfono). Una foto de carné.

## El ticket

ticket-print = Imprimir mi ticket
ticket-shown = Aquí tiene su ticket.
ticket-logins = Dónde guardo mis identificadores
ticket-logins-advice = Escriba aquí dónde los guarda. Nunca escriba una contraseña en este ticket.
ticket-helpline = Solidarité Numérique (ayuda nacional con internet) le ayuda por teléfono: 01 70 772 372.
ticket-place-again = Vea más arriba.
ticket-place-updated = Información del { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = De { $first } a { $last }: { $hours }
ticket-place-hours = Horario:
ticket-lacks = Me falta:
ticket-goal = Vengo para:
orientation-lacks-home-internet = Internet en casa (solo tengo internet en mi teléfono).
orientation-lacks-internet = Internet en casa.
orientation-lacks-device = Un aparato: teléfono, computadora o tableta.
orientation-lacks-smartphone = Un teléfono con internet (tengo un teléfono para llamar).
orientation-lacks-email = Una dirección de correo.
orientation-lacks-email-access = Poder abrir mi correo.
orientation-lacks-trusted-person = Una persona que me ayude en casa.
orientation-lacks-reading = Leer francés.
ticket-qr = Este cuadrado blanco y negro ayuda al empleado. No contiene su nombre.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, ticket { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Pida un Pass numérique en la recepción. Sirve para pagar talleres.
result-pass-numerique = El municipio da vales Pass numérique. Sirven para pagar talleres. Pregunte en la recepción.
sheet-qr = Este cuadrado blanco y negro abre estos pasos en un teléfono.

## El modo empleado

agent-title = Modo empleado
agent-loading = Cargando…
agent-pin-label = Escriba su código.
agent-pin-typed = { $count ->
    [0] Ninguna cifra escrita.
    [one] 1 cifra escrita.
   *[other] { $count } cifras escritas.
}
agent-pin-erase = Borrar
agent-pin-open = Abrir
agent-pin-too-short = { $max ->
    [one] El código tiene de { $min } a { $max } cifra.
   *[other] El código tiene de { $min } a { $max } cifras.
}
agent-pin-checking = Comprobando el código…
agent-pin-wrong = { $left ->
    [0] Código incorrecto. El modo empleado está bloqueado 1 minuto.
    [one] Código incorrecto. Queda 1 intento antes del bloqueo.
   *[other] Código incorrecto. Quedan { $left } intentos antes del bloqueo.
}
agent-locked = Demasiados códigos incorrectos. El modo empleado está bloqueado. Vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
agent-no-pin = El modo empleado está cerrado: no hay ningún código configurado.
agent-no-pin-how = La persona que instala la máquina crea el código con el comando «cargo xtask hash-pin». Copia el resultado en el archivo de configuración, en la sección [agent].
agent-leave = Volver al inicio
agent-bar-label = Modo empleado
agent-bar-closes = Se cierra solo a las { $time }.
agent-quit = Salir del modo empleado
agent-dashboard-title = ¿Qué quiere hacer?
agent-launch-title = Abrir un tutorial para una persona
agent-launch-intro = En su idioma, en el paso correcto. O imprimir su hoja.
agent-launch-which = ¿Qué tutorial?
agent-launch-language = ¿En qué idioma?
agent-launch-step = ¿En qué paso?
agent-launch-step-before = Paso anterior
agent-launch-step-after = Paso siguiente
agent-launch-start = Abrir para la persona
agent-status-title = La máquina: archivos, impresora y voces
agent-status-intro = Configuración, lista de lugares, ticket de prueba.
agent-stats-title = Las cifras de la máquina
agent-stats-intro = Anónimas, por día. Tabla, gráficos, exportación CSV.

## Los archivos de la máquina (pantalla del empleado y comando check-config)

report-config-title = El archivo de configuración
report-config-ok = Archivo leído. Ningún problema.
report-config-problems = { $count ->
    [one] Archivo leído con 1 problema. La máquina usa el ajuste por defecto en su lugar:
   *[other] Archivo leído con { $count } problemas. La máquina usa los ajustes por defecto en su lugar:
}
report-config-missing = Falta el archivo (error { $status }). La máquina usa los ajustes por defecto.
report-config-unreachable = No se puede llegar al archivo: el servidor no responde. La máquina usa los ajustes por defecto.
config-problem-syntax = Línea { $line }: el archivo está mal escrito aquí. Detalle: { $detail }
config-problem-unknown-setting = Línea { $line }: «{ $setting }» no es un ajuste conocido. Se ignora. Compruebe la ortografía.
config-problem-wrong-type = Línea { $line }: «{ $setting }» tiene que ser { $expected ->
    [text] un texto entre comillas
    [number] un número
    [whole-number] un número entero
    [yes-no] true (sí) o false (no)
    [list] una lista entre corchetes
   *[table] una sección entre corchetes
}.
config-problem-out-of-range = Línea { $line }: «{ $setting }» tiene que estar entre { $min } y { $max }.
config-problem-not-allowed = Línea { $line }: «{ $setting }» vale { $value }. Valores posibles: { $allowed }.
config-problem-unknown-language = Línea { $line }: «{ $setting }»: el idioma «{ $value }» no existe en la máquina. Idiomas posibles: { $known }.
config-problem-default-not-enabled = Línea { $line }: el idioma por defecto «{ $value }» también tiene que estar en «languages.enabled».
config-problem-half-coordinates = Línea { $line }: falta «{ $setting }». Indique la latitud y la longitud, o ninguna de las dos.
config-problem-bad-address = Línea { $line }: «{ $setting }» vale «{ $value }». Escriba una ruta que empiece por / o una dirección https://.
config-problem-empty-text = Línea { $line }: «{ $setting }» está vacío.
config-problem-bad-pin-hash = Línea { $line }: «{ $setting }» no es un código cifrado con «cargo xtask hash-pin». El modo empleado sigue cerrado.
config-problem-format-version = Línea { $line }: format_version vale { $found }. Esta máquina lee la versión { $expected }.
config-problem-no-format-version = Línea { $line }: añada «format_version = 1» al principio del archivo.
config-problem-too-large = El archivo ocupa { $size } KB. La máquina lee como máximo { $limit } KB. No se lee: se usan los ajustes por defecto.
check-config-web = { $address }: una dirección de internet. Compruébela en la pantalla del empleado de la máquina.
check-config-problems = { $count ->
    [one] 1 problema que corregir.
   *[other] { $count } problemas que corregir.
}
report-places-title = La lista de lugares
report-places-kept = { $count ->
    [0] Ningún lugar guardado.
    [one] { $count } lugar guardado.
   *[other] { $count } lugares guardados.
}
report-places-skipped = { $count ->
    [0] Ninguna línea descartada.
    [one] 1 línea descartada, porque no sigue el esquema nacional.
   *[other] { $count } líneas descartadas, porque no siguen el esquema nacional.
}
report-places-closed = { $count ->
    [0] Ningún lugar cerrado al público.
    [one] 1 lugar no recibe público: no se muestra.
   *[other] { $count } lugares no reciben público: no se muestran.
}
report-places-lines = Líneas descartadas: { $lines }.
report-places-column = Columna «{ $column }»: { $count ->
    [one] 1 línea.
   *[other] { $count } líneas.
}
report-places-check = El comando «cargo xtask check-config» da el detalle de cada línea.
report-places-missing = Falta el archivo (error { $status }). La máquina envía a las personas a la recepción.
report-places-unreachable = No se puede llegar al archivo: el servidor no responde. La máquina envía a las personas a la recepción.
report-places-reader-failed = Archivo no leído: el lector de lugares de la máquina no funcionó. La máquina envía a las personas a la recepción. Detalle: { $detail }
report-places-unreadable = Archivo ilegible: la primera línea tiene que dar las columnas del esquema nacional.
report-places-too-large = Archivo demasiado grande: { $size } KB. La máquina lee como máximo { $limit } KB. Guarde solo los lugares de su territorio.
report-places-semicolons = Las columnas están separadas por «;», como las guarda Excel. El archivo se lee de todos modos.
report-places-windows-1252 = El archivo no está en UTF-8. Se lee en Windows-1252, como lo guarda Excel. Guárdelo en «CSV UTF-8».
report-places-hours = { $count ->
    [one] 1 lugar tiene un horario que revisar: { $names }. La máquina no encuentra cuándo abre en los próximos 7 días.
   *[other] { $count } lugares tienen horarios que revisar: { $names }. La máquina no encuentra cuándo abren en los próximos 7 días.
}
report-places-not-csv = Archivo ilegible: la primera línea no es una línea de títulos CSV. Detalle: { $detail }
report-places-missing-columns = Archivo ilegible: faltan columnas obligatorias en la primera línea. Añada: { $columns }.
report-places-rows-not-read = { $count ->
    [one] 1 línea no se puede leer.
   *[other] { $count } líneas no se pueden leer.
}
report-places-row-empty = Línea { $line }: la columna «{ $column }» está vacía. Es obligatoria.
report-places-row-pivot = Línea { $line }: «pivot» vale «{ $value }». Escriba el número SIRET (14 caracteres) o SIREN (9 caracteres).
report-places-row-postcode = Línea { $line }: «code_postal» vale «{ $value }». Escriba 5 cifras.
report-places-row-date = Línea { $line }: «date_maj» vale «{ $value }». Escriba la fecha así: 2024-03-31.
report-places-row-phone = Línea { $line }: «telephone» vale «{ $value }». Escriba el número con el prefijo del país, así: +33123456789.
report-places-row-coordinates = Línea { $line }: «latitude» vale «{ $latitude }» y «longitude» vale «{ $longitude }». No son coordenadas.
report-places-row-unknown-value = Línea { $line }: «{ $column }» contiene «{ $value }». Este valor no está en el esquema nacional.
report-places-row-not-read = Línea { $line }: la línea no se puede leer. Detalle: { $detail }
report-places-hours-unreadable = El horario de «{ $name }» no se puede leer. Detalle: { $detail }

## La máquina sin red (pantalla del empleado)

report-offline-title = La máquina sin red
report-offline-online = Red: conectada en este momento.
report-offline-offline = Red: sin conexión en este momento.
report-offline-version = Versión de la máquina:
report-offline-ready = Todos los archivos de la máquina están guardados. Arranca incluso sin red.
report-offline-update-coming = Está llegando una versión nueva. Se instalará entre dos personas.
report-offline-update-waiting = Hay una versión nueva lista. Se instalará entre dos personas.
report-offline-not-yet = La máquina está guardando sus archivos ahora. Sin red, todavía no puede arrancar.
report-offline-unsupported = Este navegador no guarda los archivos. Sin red, la máquina no arranca.
report-origin-server = Copia usada: la del servidor, leída el { $date }.
report-origin-kept = Copia usada: la que guardó la máquina el { $date }.
report-server-missing = El servidor no tiene este archivo (error { $status }).
report-server-unreachable = El servidor no responde.
report-server-damaged = El archivo del servidor está dañado. La máquina no lo usa.
report-voices-title = Las voces
report-voices-intro = Cada idioma se lee con su propia voz. Toque «Escuchar» para oírla.
report-voices-found = Voz: { $name }
report-voices-none = No hay voz para este idioma. La máquina se lo dice a las personas.
report-voices-listen = Escuchar
report-printer-title = La impresora
report-printer-intro = Papel configurado: { $width } mm. Imprima un ticket de prueba para comprobarlo.
test-ticket-print = Imprimir un ticket de prueba
test-ticket-title = Ticket de prueba
test-ticket-width = Ancho del papel: { $width } mm.
test-ticket-works = Está leyendo este ticket: la impresora funciona.

## Las cifras (pantalla del empleado)

stats-anonymous = Estas cifras son anónimas. Cuentan por día, nunca por persona.
stats-corrupt = Las cifras antiguas estaban dañadas. Se han apartado. La cuenta ha vuelto a empezar.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = El valor guardado no es JSON. Detalle: { $detail }
stats-corrupt-not-object = El valor guardado es { $found ->
    [null] vacío (null)
    [boolean] un sí o no
    [number] un número
    [string] un texto
   *[array] una lista
}. Hace falta un objeto JSON.
stats-corrupt-format-version = El valor guardado tiene format_version { $found }. Esta máquina lee la versión { $expected }.
stats-corrupt-shape = El valor guardado no tiene la forma esperada. Detalle: { $detail }
stats-corrupt-day = El día «{ $day }» no es una fecha real.
stats-corrupt-kind = El { $day }, el valor guardado cuenta «{ $kind }». La máquina no cuenta eso.
stats-unreadable = Las cifras no se pueden leer en este momento. Siguen guardadas. Vuelva a intentarlo más tarde.
stats-waiting = Hay cifras esperando a guardarse. Se añadirán en el próximo arranque.
stats-period = Periodo
stats-last-7 = Últimos 7 días
stats-last-30 = Últimos 30 días
stats-visits-per-day = { $days ->
    [one] Visitas por día, en { $days } día
   *[other] Visitas por día, en { $days } días
}
stats-totals = { $days ->
    [one] Todas las cifras, en { $days } día
   *[other] Todas las cifras, en { $days } días
}
stats-column-day = Día
stats-column-count = Número
stats-column-what = Qué
stats-column-theme = Tema
stats-nothing-yet = Nada por ahora.
stats-detail-language-chosen = Idiomas elegidos
stats-detail-assessment-completed = Perfiles al final del cuestionario
stats-detail-card-issued = Ayudas propuestas
stats-detail-tutorial-started = Tutoriales empezados
stats-detail-tutorial-completed = Tutoriales terminados
stats-detail-themes = Tutoriales por tema
stats-kind-session-started = Visitas
stats-kind-language-chosen = Idiomas elegidos
stats-kind-assessment-started = Cuestionarios empezados
stats-kind-assessment-completed = Cuestionarios terminados
stats-kind-card-issued = Ayudas propuestas
stats-kind-tutorial-started = Tutoriales empezados
stats-kind-tutorial-completed = Tutoriales terminados
stats-kind-ticket-printed = Tickets impresos
stats-kind-sheet-printed = Hojas impresas
stats-kind-idle-reset = Borrados porque nadie tocaba la pantalla
stats-kind-finish-and-erase = «He terminado»: todo borrado
stats-kind-panic-recovered = Reinicios después de un error
stats-kind-agent-locked = Bloqueos del modo empleado tras 5 códigos incorrectos
theme-unknown = Tema retirado de la máquina
stats-download = Descargar las cifras (CSV)
stats-erase = Borrar las cifras
stats-erase-title = ¿Borrar todas las cifras?
stats-erase-warning = Se borrarán todos los días. No se puede deshacer.
stats-erase-cancel = No, guardarlas
stats-erase-confirm = Sí, borrarlo todo
