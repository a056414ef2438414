# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/scams.ftl). Draft: to be reviewed by a native speaker.

scams-title = Reconocer una estafa

scams-1-title = Los mensajes falsos
scams-1-text =
    Unos ladrones envían mensajes falsos para quitarle su dinero.
    Estos mensajes llegan por SMS o por correo electrónico.
    Un SMS es un mensaje escrito en el teléfono.
    Hablan de un paquete, una multa o la carte Vitale (tarjeta sanitaria).
    A veces le envían a un sitio falso.
    El sitio falso se parece mucho al verdadero.
scams-1-image = Un teléfono con un mensaje.

scams-2-title = Las señales de una estafa
scams-2-text =
    El mensaje dice que es urgente.
    El mensaje tiene un enlace, un texto azul o subrayado que abre un sitio.
    El mensaje pide sus códigos o su tarjeta bancaria.
    El remitente parece raro.
    El remitente es la persona que envía el mensaje.
scams-2-image = Un triángulo con un signo de exclamación.
scams-2-caution = Un servicio público nunca pide sus códigos ni su tarjeta bancaria por mensaje.

scams-3-title = ¿Mensaje verdadero o estafa?
scams-3-text =
    Aquí tiene tres mensajes para practicar.
    Lea cada mensaje.
    Toque «Mensaje verdadero» o «Estafa».
    Después de su respuesta, aparece una explicación.
scams-3-image = Un escudo con un signo de interrogación.

scams-4-title = No tocar el enlace
scams-4-text =
    ¿Tiene dudas sobre un mensaje?
    No toque el enlace.
    No conteste.
    Borre el mensaje.
    Para comprobarlo, abra usted mismo el sitio verdadero del servicio.
scams-4-image = Un eslabón de cadena roto.
scams-4-tip = También puede llamar al servicio al número escrito en sus papeles.

scams-5-title = Avisar de un SMS falso
scams-5-text =
    Puede avisar de un SMS falso al número 33700.
    Este servicio es gratis.
    Mantenga el dedo sobre el mensaje y busque «Transférer» (reenviar).
    Envíe el mensaje al 33700.
    El 33700 le contesta y le pide el número del remitente.
    Envíe ese número y después borre el mensaje.
scams-5-image = Un mensaje con una flecha hacia delante.

scams-6-title = El falso asesor del banco
scams-6-text =
    Alguien le llama y dice que trabaja en su banco.
    Habla de un pago raro en su cuenta.
    Le pide validar una operación o dar un código.
    Es una estafa, aunque el número que aparece sea el de su banco.
    Cuelgue y llame usted mismo a su banco, al número que conoce.
scams-6-image = Un teléfono que cuelga.
scams-6-caution = Un asesor de verdad nunca le pide validar una operación ni dar un código.

scams-7-title = ¿Ha dado su tarjeta bancaria?
scams-7-text =
    ¿Ha dado su tarjeta bancaria o un código?
    Llame enseguida a su banco para bloquear su tarjeta.
    Esto se llama «faire opposition» (bloquear la tarjeta).
scams-7-image = Un banco con columnas.
scams-7-tip =
    También puede bloquear la tarjeta en el 0 892 705 705, día y noche.
    Esta llamada es de pago.
scams-7-caution = Cada minuto cuenta para proteger su dinero.

scams-7b-title = Proteger sus cuentas y guardar la prueba
scams-7b-text =
    Cambie también las contraseñas que ha dado.
    Guarde el mensaje recibido, como prueba.
scams-7b-image = Un candado cerrado.

scams-8-title = Recibir ayuda después de una estafa
scams-8-text =
    Después de una estafa por internet, entre en el sitio 17cyber.gouv.fr.
    Le dice qué hacer, de día y de noche, gratis.
    Allí puede escribir a un policía o a un gendarme.
    También puede poner una denuncia en la policía o en la gendarmería.
scams-8-image = Un círculo con un signo de interrogación.
scams-8-tip =
    ¿Alguien ha hecho compras por internet con su tarjeta?
    Después de bloquearla, avise con el servicio Perceval, en service-public.fr.

scams-9-title = Ya sabe protegerse
scams-9-text =
    Muy bien, ya sabe reconocer una estafa.
    Desconfíe de los mensajes urgentes con un enlace.
    Guarde sus códigos y su tarjeta bancaria para usted.
    Si tiene dudas, borre el mensaje.
    Avise de los SMS falsos al 33700.
    Después de una estafa, entre en 17cyber.gouv.fr.
scams-9-image = Un escudo con una marca de visto bueno.

scams-road-phone =
    ¿Un SMS falso o una llamada falsa?
    Avise gratis por SMS al 33700.
scams-road-in-person =
    En persona, vaya a su banco para bloquear su tarjeta.
    Vaya a la policía o a la gendarmería para poner una denuncia.
